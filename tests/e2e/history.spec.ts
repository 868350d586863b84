import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { generateHistory, SEED_SCRIPT, storedRecords } from "../../scripts/bench-history.ts";
import { HISTORY_DB_NAME } from "../../src/store/history-db.ts";
import { test, expect, expectNoSeriousAxeViolations, playSession } from "./helpers.ts";

/** Opens History from the header (an in-app navigation). */
async function openHistory(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();
}

const sessionRows = (page: Page) => page.getByRole("table", { name: /Finished sessions/ }).getByRole("row").filter({ has: page.getByRole("link") });

test("three sessions, then history lists three rows newest first, draws the trend, and is axe clean", async ({ page }) => {
  await playSession(page, "count=1&order=in-order", ["1"]);
  await playSession(page, "count=2&order=in-order", ["2", "3"]);
  await playSession(page, "count=1&order=in-order", ["4"]);
  await openHistory(page);
  await expect(sessionRows(page)).toHaveCount(3);
  await expect(sessionRows(page).nth(0)).toContainText("100%");
  await expect(sessionRows(page).nth(1)).toContainText("63%");
  await expect(sessionRows(page).nth(2)).toContainText("25%");
  await expect(page.getByRole("img", { name: /Score over 3 sessions: from 25% .* to 100% .* best 100%/ })).toBeVisible();
  await page.getByText("Show data").click();
  await expect(page.getByRole("table", { name: /Score per session/ }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Mastery per topic" })).toContainText(/up|down|steady/);
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousAxeViolations(page);
  await page.emulateMedia({ colorScheme: "light" });

  // Each row opens its results; a reload of /history reads the same from IndexedDB.
  await sessionRows(page).nth(2).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await page.goto("/history");
  await expect(sessionRows(page)).toHaveCount(3);
});

test("backup: export, delete all, import restores the same history", async ({ page }) => {
  await playSession(page, "count=1&order=in-order", ["3"]);
  await playSession(page, "count=2&order=in-order", ["1", "4"]);
  await openHistory(page);
  await expect(sessionRows(page)).toHaveCount(2);
  const before = await sessionRows(page).allTextContents();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export all data" }).click()]);
  const file = (await download.path())!;
  const backup = JSON.parse(readFileSync(file, "utf8"));
  expect(backup.format).toBe("rehearse-backup");
  expect(backup.sessions).toHaveLength(2);

  // A wrong file changes nothing and says why.
  await page.locator('input[type="file"]').setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByText(/Nothing was imported from “notes.json”. This file is not a Rehearse backup/)).toBeVisible();
  await expect(sessionRows(page)).toHaveCount(2);

  await page.getByRole("button", { name: "Delete all data" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete all data?" });
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByText(/No finished sessions yet/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/No finished sessions yet/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByText(/Adds 2 sessions/)).toBeVisible();
  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByText(/Imported 2 sessions/)).toBeVisible();
  await expect(sessionRows(page)).toHaveCount(2);
  expect(await sessionRows(page).allTextContents()).toEqual(before);

  // The same file again adds nothing.
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByText(/already here: importing it changes nothing/)).toBeVisible();

  // An imported session opens its results, and keeps them (the deletion before does not take
  // it away again on the next save), after a reload too.
  await sessionRows(page).first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText(/63%/).first()).toBeVisible();
  const sessionId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  const savedResults = () =>
    page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("rehearse.sessions") ?? "{}").state?.finished ?? {}));
  await expect.poll(savedResults).toEqual([sessionId]);
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("No results for this session")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText(/63%/).first()).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  expect(await savedResults()).toEqual([sessionId]);
});

test("after the clock moves on, “Due for review” asks the missed question first and setup counts it", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-03-02T09:00:00") });
  const [strong, missed] = await playSession(page, "count=2&order=in-order", ["4", "1"]);
  expect(missed).not.toBe(strong);

  // Three days later: the missed question is due, the strong one (about a week or more out) is not.
  await page.clock.setSystemTime(new Date("2026-03-05T09:00:00"));
  await page.goto("/?count=2&order=due");
  await expect(page.getByText("1 due today")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Due for review" })).toBeChecked();
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByText("1 of 2")).toBeVisible();
  await expect(page.locator("h1[tabindex='-1'], h2[tabindex='-1']").first()).toHaveText(missed!);
});

test("a long history on a phone: the sections below its first screen follow it, every one of them", async ({ page }) => {
  const { sessions, reviews } = generateHistory(40);
  const seed = storedRecords(sessions, reviews, false);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/robots.txt");
  await page.evaluate(`(${SEED_SCRIPT})(${JSON.stringify([HISTORY_DB_NAME, seed.version, seed.stores, seed.records])})`);
  await page.goto("/history");
  await expect(page.getByRole("region", { name: "Days practised" })).toBeVisible();
  for (const name of ["Score over time", "Sessions", "Due for review today", "Mastery per topic", "Per question", "Recordings", "Backup"]) {
    await expect(page.getByRole("region", { name }).first()).toBeAttached();
  }
  await expect(sessionRows(page)).toHaveCount(40);
  // Coming back to it (Back from a session's results) renders it whole at once.
  await sessionRows(page).nth(0).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Backup" })).toBeAttached();
  await expect(sessionRows(page)).toHaveCount(40);
});
