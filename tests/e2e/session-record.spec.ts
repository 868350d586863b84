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

/** True when the element's box lies wholly inside the viewport (not hidden under the fold). */
async function onScreen(locator: ReturnType<Page["getByRole"]>): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const atPoint = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return box.top >= 0 && box.bottom <= window.innerHeight && (atPoint === element || element.contains(atPoint));
  });
}

test("desktop: the clock, the grades and Next stay on screen while a 5,000 px answer scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await start(page, "count=1&order=in-order&kinds=scenario");
  await page.getByRole("button", { name: "Reveal answer" }).click();
  // However long the deck's answer, make it 5,000 px: what a long scenario answer is.
  await page.locator(".answer").first().evaluate((answer) => {
    (answer as HTMLElement).style.minHeight = "5000px";
  });
  for (const fraction of [0.3, 0.6]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), fraction);
    await expect(async () => {
      expect(await onScreen(page.getByRole("timer").first())).toBe(true);
      expect(await onScreen(page.getByRole("button", { name: "3 Good" }))).toBe(true);
      expect(await onScreen(page.getByRole("button", { name: "Next" }))).toBe(true);
      expect(await onScreen(page.getByRole("button", { name: "Finish", exact: true }))).toBe(true);
    }).toPass();
  }
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Graded 3 Good" })).toBeVisible();
  await page.screenshot({ path: "test-results/desktop-long-answer.png" });
});
