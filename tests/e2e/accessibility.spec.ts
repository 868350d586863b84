import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { generateHistory, SEED_SCRIPT, storedRecords } from "../../scripts/bench-history.ts";
import { HISTORY_DB_NAME } from "../../src/store/history-db.ts";
import { test, expect } from "./helpers.ts";

/** Lighthouse's mobile viewport (the run that found these rules failing on /history). */
const LIGHTHOUSE_MOBILE = { width: 412, height: 823 };
const DAY = 86_400_000;
const BACKGROUNDS = { light: "rgb(255, 255, 255)", dark: "rgb(13, 17, 23)" } as const; // --color-bg

/**
 * Axe's default rule set over the whole page, every impact (expectNoSeriousAxeViolations keeps
 * serious and critical only: empty-table-header is minor, landmark-unique moderate). `required`
 * rules must have run on something, so a page that lost its table or landmarks cannot pass by
 * having nothing to check. Returns the violations as "rule (impact): targets".
 */
async function axeViolations(page: Page, required: readonly string[]) {
  const results = await new AxeBuilder({ page }).analyze();
  const ran = new Set([...results.passes, ...results.violations].map((rule) => rule.id));
  expect(
    required.filter((rule) => !ran.has(rule)),
    "rules that found nothing to check",
  ).toEqual([]);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
}

/** In the system's light and dark scheme (the Theme setting's default), no violation at all. */
async function expectNoAxeViolations(page: Page, required: readonly string[]) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("body")).toHaveCSS("background-color", BACKGROUNDS[scheme]);
    expect(await axeViolations(page, required), `axe on ${new URL(page.url()).pathname}, ${scheme}`).toEqual([]);
  }
}

test("history with 200 stored sessions, days practised and questions due today: no axe violation, light and dark", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The bench's history for Lighthouse (200 sessions, one a day or so), stored as the app stores it.
  const { sessions, reviews } = generateHistory(200);
  const seed = storedRecords(sessions, reviews, false);
  const last = Math.max(...sessions.map((s) => s.finishedAt ?? s.startedAt));
  // Two days after the last session: the calendar shows practised days and questions are due.
  await page.clock.install({ time: last + 2 * DAY });
  // A page of the app's origin that runs none of its code, to fill the database first.
  await page.goto("/robots.txt");
  const written = await page.evaluate(
    `(${SEED_SCRIPT})(${JSON.stringify([HISTORY_DB_NAME, seed.version, seed.stores, seed.records])})`,
  );
  expect(written).toBe(seed.records.length);

  await page.setViewportSize(LIGHTHOUSE_MOBILE);
  await page.goto("/history");
  await expect(page.getByTestId("history-row")).toHaveCount(50);
  const days = page.getByRole("grid", { name: "Days practised" });
  await expect(days.getByRole("gridcell", { name: /: \d+ sessions?$/ }).first()).toBeAttached();
  const due = page.getByRole("region", { name: "Due for review today" });
  await expect(due.getByRole("listitem").first().locator("time")).toBeAttached();
  await expect(page.getByRole("table", { name: "Statistics per question" }).getByRole("row").nth(1)).toBeAttached();

  const rules = ["color-contrast", "empty-table-header", "landmark-unique"];
  // Straight after the load, as Lighthouse sees it: the sections below the fold not yet scrolled to.
  await expectNoAxeViolations(page, rules);
  // The desktop layout: tables rather than cards.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectNoAxeViolations(page, rules);
});

test("setup and the deck page: no axe violation, light and dark", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(LIGHTHOUSE_MOBILE);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  // No table on setup: empty-table-header has nothing to check there.
  await expectNoAxeViolations(page, ["color-contrast", "landmark-unique"]);

  await page.goto("/decks/aws-cloud");
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(24);
  await expectNoAxeViolations(page, ["color-contrast", "landmark-unique"]);
});
