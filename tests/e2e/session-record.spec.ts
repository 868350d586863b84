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
