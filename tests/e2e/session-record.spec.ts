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

test("phone: typing notes, the bottom bars never cover the box; on its side the question shows without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await start(page, "count=1&order=in-order&kinds=scenario");
  const notes = page.getByRole("textbox", { name: "Notes" });
  await notes.click();
  await page.keyboard.type("first, the strangler fig");
  await expect(async () => expect(await onScreen(notes)).toBe(true)).toPass();

  await page.setViewportSize({ width: 740, height: 360 });
  await page.keyboard.press("Escape");
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(async () => expect(await onScreen(page.locator("main h1"))).toBe(true)).toPass();
});

/** The question clock's figure as shown ("0:05"), without its words. */
async function clockFigure(page: Page): Promise<string> {
  const text = (await page.getByRole("timer").first().textContent()) ?? "";
  return text.replace(/[^\d:+]/g, "");
}

test("a whole interview session, time running out on one question: the results say exactly what happened", async ({ page }) => {
  await page.clock.install();
  await start(page, "count=3&order=in-order&kinds=concept&concept=60&mode=interview");
  const results: string[] = [];

  // Q1: done after 5 s, reveal, grade Good.
  await page.clock.runFor(5_000);
  await page.keyboard.press("d");
  await page.keyboard.press("Space");
  await expect(page.getByRole("timer").first()).toContainText("Stopped");
  results.push(await clockFigure(page));
  await page.keyboard.press("3");
  await expect(page.getByText("Graded 3 Good")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("2 of 3")).toBeVisible();

  // Q2: the minute runs out; it is never answered or graded.
  await page.clock.runFor(62_000);
  await expect(page.getByRole("timer").first()).toContainText("Over time");
  await expect(page.getByRole("button", { name: "Reveal answer" })).toBeEnabled();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("3 of 3")).toBeVisible();

  // Q3: done after 12 s, reveal, grade Strong, then E finishes (one question has no grade: confirm).
  await page.clock.runFor(12_000);
  await page.getByRole("button", { name: "I’m done answering" }).click();
  await page.getByRole("button", { name: "Reveal answer" }).click();
  results.push(await clockFigure(page));
  await page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "4 Strong" }).click();
  await page.keyboard.press("e");
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();

  const heading = page.getByRole("heading", { name: "Results", level: 1 });
  await expect(heading).toBeFocused();
  // 3 + 0 + 4 points of 12: the question left unanswered counts.
  await expect(page.getByText("7 / 12 · 58%")).toBeVisible();
  await expect(page.getByText("2 / 3 graded · 1 not answered")).toBeVisible();
  await expect(page.getByText(/1 question over the limit/)).toBeVisible();
  const rows = page.locator(".result-question");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("3 Good");
  await expect(rows.nth(0)).toContainText(`${results[0]} of 1:00`);
  await expect(rows.nth(1)).toContainText("Not graded");
  await expect(rows.nth(1)).toContainText(/1:0\d of 1:00/);
  await expect(rows.nth(1)).toContainText(/over by 0:0\d/);
  await expect(rows.nth(2)).toContainText("4 Strong");
  await expect(rows.nth(2)).toContainText(`${results[1]} of 1:00`);
  expect(results[0]).toMatch(/^0:0[5-6]$/);
  expect(results[1]).toMatch(/^0:1[2-3]$/);
  // The unanswered question is in "Practise again"; no stale pause message anywhere.
  await expect(page.getByRole("button", { name: "Practise again: missed and flagged" })).toHaveAccessibleDescription(/^1 question/);
  await expect(page.getByText(/paused/i)).toHaveCount(0);

  // The first-run guide has done its job; setup opens with these settings.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  await expect(page.getByRole("spinbutton", { name: "Questions" })).toHaveValue("3");
  await expect(page.getByRole("radio", { name: "Interview" })).toBeChecked();
  await expect(page.getByRole("region", { name: /new here/i })).toHaveCount(0);
});
