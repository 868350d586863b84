import type { Page } from "@playwright/test";
import { test, expect, expectNoSeriousAxeViolations, playSession } from "./helpers.ts";

const DAY = 86_400_000;
/** Tuesday 10 March 2026, 10:00 local: the first of three sessions on three days running. */
const START = new Date(2026, 2, 10, 10, 0).getTime();

const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Axe in light and dark, at phone and desktop width; the page must not scroll sideways either. */
async function checkEverySize(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expectNoSeriousAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${size.width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("three sessions on three days: a dated trend, the days practised, and Practise due now", async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await playSession(page, "count=2&order=in-order", ["1", "2"]);
  await page.clock.setSystemTime(START + DAY);
  await playSession(page, "count=3&order=in-order", ["3", "2", "4"]);
  await page.clock.setSystemTime(START + 2 * DAY);
  await playSession(page, "count=2&order=in-order&topics=Networking+%26+Security", ["4", "1"]);

  // The results cards name what was ticked and missed (nothing ticked here: all missed).
  await expect(page.getByText("Missed:").first()).toBeVisible();
  await checkEverySize(page);

  // Six days after the first session: Tuesday 16 March.
  await page.clock.setSystemTime(START + 6 * DAY);
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();

  // The trend sits on dates: each session where it happened, the axis running to today.
  const chart = page.getByRole("group", { name: /Score chart/ });
  const axisLabels = await chart.locator("svg text").allTextContents();
  const dayLabel = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short" });
  expect(axisLabels).toContain(dayLabel.format(START));
  expect(axisLabels).toContain(dayLabel.format(START + 6 * DAY));
  await chart.locator("svg").hover({ position: { x: 5, y: 60 } });
  const tip = chart.locator(".score-trend__tip");
  await expect(tip).toHaveText(/Mar 10, 2026.* · AWS and Cloud Interview Q&A · 38%/);
  await chart.focus();
  await page.keyboard.press("End");
  await expect(tip).toHaveText(/Mar 12, 2026.* · 63%/);
  await page.keyboard.press("ArrowLeft");
  await expect(tip).toHaveText(/Mar 11, 2026.* · 75%/);

  // The days strip: three days running, a streak broken since, each day in words.
  const days = page.getByRole("region", { name: "Days practised" });
  await expect(days).toContainText("Practised on 3 days of the last 12 weeks · no current streak · longest 3 days");
  await expect(days.getByRole("gridcell", { name: /Mar 11, 2026: 1 session/ })).toBeVisible();
  const today = days.getByRole("gridcell", { name: /Mar 16, 2026: no session/ });
  await expect(today).toHaveAttribute("tabindex", "0");

  await checkEverySize(page);

  // Practise due now: exactly the questions listed as due, most overdue first.
  const dueList = page.getByRole("region", { name: "Due for review today" }).getByRole("listitem");
  const dueCount = await dueList.count();
  expect(dueCount).toBeGreaterThan(0);
  const firstDue = (await dueList.first().textContent()) ?? "";
  await page.getByRole("button", { name: `Practise due now (${dueCount} question${dueCount === 1 ? "" : "s"})` }).click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByText(`1 of ${dueCount}`)).toBeVisible();
  const prompt = (await page.locator("main h1").textContent()) ?? "";
  expect(firstDue).toContain(prompt.trim());
});

test("deck page: collapsed, searchable into code blocks, the search in the link, axe clean", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/decks/aws-cloud");
  await expect(page.getByRole("heading", { name: "AWS and Cloud Interview Q&A", level: 1 })).toBeVisible();
  await expect(page.locator(".deck-question details[open]")).toHaveCount(0);
  await checkEverySize(page);

  // A word that is only inside a code block of S6's answer.
  await page.getByRole("searchbox", { name: "Search questions and answers" }).fill("AbortIncompleteMultipartUpload");
  await expect(page.getByRole("status").filter({ hasText: "1 match in 1 question" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  const s6 = page.getByRole("article", { name: /^S6 / });
  await expect(s6.locator("pre", { hasText: "AbortIncompleteMultipartUpload" })).toBeVisible();
  await expect(page).toHaveURL(/\?q=AbortIncompleteMultipartUpload$/);
  // The match is highlighted in the rendered code (CSS Custom Highlight API).
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("deck-search")?.size ?? 0)).toBe(1);
  await checkEverySize(page);

  // The link reproduces the search.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search questions and answers" })).toHaveValue("AbortIncompleteMultipartUpload");
  await expect(page.getByRole("article")).toHaveCount(1);

  // The outline stays on screen beside the questions on a desktop.
  await page.getByRole("button", { name: "Clear the search" }).or(page.getByRole("searchbox")).first().fill("");
  await expect(page.getByRole("article")).toHaveCount(24);
  await page.getByRole("button", { name: "Expand all" }).click();
  await page.mouse.wheel(0, 6000);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeInViewport();
});
