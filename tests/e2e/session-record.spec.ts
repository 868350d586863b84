import type { Page } from "@playwright/test";
import { test, expect } from "./helpers.ts";

/** Opens setup with a link and starts; resolves once the session's clock shows. */
async function start(page: Page, query: string) {
  await page.goto(`/?${query}`);
  const button = page.getByRole("button", { name: "Start session" }).first();
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole("timer").first()).toBeVisible();
}

test("notes typed and reloaded at once come back, to the last keystroke", async ({ page }) => {
  await start(page, "count=2&order=in-order");
  const notes = page.getByRole("textbox", { name: "Notes" });
  await notes.pressSequentially("EC2 families");
  // No blur, no pause in typing: the reload follows the last keystroke straight away.
  await page.reload();
  await page.getByRole("button", { name: /^Resume/ }).first().click();
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue("EC2 families");
});

test("the question clock stops at Reveal, and the results record the figure it showed", async ({ page }) => {
  await start(page, "count=2&order=in-order");
  const clock = page.getByRole("timer").first();
  await page.waitForTimeout(2_200);
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await expect(clock).toHaveAccessibleName("Answer time for this question");
  await expect(clock).toContainText("Stopped");
  const shown = ((await clock.textContent()) ?? "").replace("Stopped", "").trim();
  expect(shown).toMatch(/^0:0[2-9]$/);
  // Reading the answer does not move it.
  await page.waitForTimeout(1_500);
  await expect(clock).toHaveText(`${shown} Stopped`);
  await page.keyboard.press("3");
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  const first = page.locator(".result-question").first();
  await expect(first.getByText(`${shown} of 3:00`)).toBeVisible();
});
