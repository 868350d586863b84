import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { test, expect, finishSession } from "./helpers.ts";

test.use({ serviceWorkers: "allow" });

/**
 * First visit online: the service worker installs and precaches the whole build. Then the page is
 * reloaded once so that the worker (which waits for a navigation, registerType "prompt") controls it.
 */
async function visitOnceThenGoOffline(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Start session" })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.context().setOffline(true);
}

test("after one visit, a whole session runs offline: reload, start, reveal, grade, finish, results", async ({ page }) => {
  await visitOnceThenGoOffline(page);
  // The network is really gone: only the service worker can answer.
  expect(await page.evaluate(() => fetch("/no-such-file.txt").then(() => "answered", () => "failed"))).toBe("failed");

  await page.reload();
  // A deep link is a navigation the server never sees: the precached index.html answers it.
  await page.goto("/?count=2&order=in-order");
  const start = page.getByRole("button", { name: "Start session" });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole("timer")).toBeVisible();

  for (const index of [1, 2]) {
    await expect(page.getByText(`${index} of 2`)).toBeVisible();
    await page.getByRole("button", { name: "Reveal answer" }).click();
    // The answer renderer is its own lazy chunk: it must come from the precache too.
    await expect(page.locator(".answer").first()).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "3 Good" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    if (index < 2) await page.getByRole("button", { name: "Next" }).click();
  }

  await finishSession(page);
  await expect(page.getByText("6 / 8 · 75%")).toBeVisible();

  // History opens offline too (its screen is a precached chunk), from the header's navigation.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();
});

test("after one visit, the deck page and its highlighted code open offline", async ({ page }) => {
  await visitOnceThenGoOffline(page);
  await page.goto("/decks/aws-cloud");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(24);
  // Answers are folded until opened.
  await page.getByRole("button", { name: "Expand all" }).click();
  const firstCode = page.locator("pre code").first();
  await expect(firstCode).toBeVisible();
  const colours = await firstCode.locator("span[style*='color']").evaluateAll((spans) =>
    new Set(spans.map((s) => getComputedStyle(s).color)).size,
  );
  expect(colours).toBeGreaterThan(1);
});

test("a new version waits behind \"Update available — reload\" instead of replacing a running session", async ({ page }) => {
  await visitOnceThenGoOffline(page);
  await page.context().setOffline(false);
  await page.goto("/?count=2&order=in-order");
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.getByRole("timer")).toBeVisible();
  const loadedAt = await page.evaluate(() => performance.timeOrigin);

  // A new deploy: the same build with a different sw.js, which is all a browser compares. Restored after.
  const swFile = fileURLToPath(new URL("../../dist/sw.js", import.meta.url));
  const deployed = readFileSync(swFile, "utf8");
  try {
    writeFileSync(swFile, `${deployed}\n// the next version\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByRole("status").filter({ hasText: "Update available — reload" });
    await expect(prompt).toBeVisible();
    // Nothing was swapped: same page, same running session.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    await expect(page).toHaveURL(/\/session$/);
    await expect(page.getByRole("timer")).toBeVisible();

    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(loadedAt);
    await expect(page.getByText("Update available")).toHaveCount(0);
  } finally {
    writeFileSync(swFile, deployed);
  }
});
