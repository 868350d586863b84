import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, expectNoSeriousAxeViolations } from "./helpers.ts";

/** Opens setup with a link (the config lives in the search params) and starts by keyboard. */
async function startFromLink(page: Page, query: string) {
  await page.goto(`/?${query}`);
  const start = page.getByRole("button", { name: "Start session" });
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole("timer")).toBeVisible();
}

const questionHeading = (page: Page) => page.locator("h1[tabindex='-1'], h2[tabindex='-1']").first();

test("a whole session by keyboard only, then results with exports", async ({ page }) => {
  await startFromLink(page, "count=3&order=in-order");
  await expect(page.getByText("1 of 3")).toBeVisible();
  await expect(questionHeading(page)).toBeFocused();
  await expect(questionHeading(page)).toContainText("What is EC2");

  for (const [index, grade] of [[1, "3"], [2, "4"], [3, "1"]] as const) {
    await expect(page.getByText(`${index} of 3`)).toBeVisible();
    await expect(questionHeading(page)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: "Reveal answer" })).toHaveCount(0);
    await page.keyboard.press(grade);
    const labels = { "1": "1 Missed", "3": "3 Good", "4": "4 Strong" } as const;
    await expect(page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: labels[grade] })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    if (index < 3) await page.keyboard.press("ArrowRight");
  }
  // A key repeat or a second press on the last question never moves past it.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("3 of 3")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Finish" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("8 / 12 · 67%")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /JSON/ }).click()]);
  const parsed = JSON.parse(readFileSync((await json.path())!, "utf8"));
  expect(parsed.session.questionIds).toHaveLength(3);
  expect(Object.values(parsed.session.entries).map((e) => (e as { grade?: number }).grade)).toEqual([3, 4, 1]);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /CSV/ }).click()]);
  const rows = readFileSync((await csv.path())!, "utf8").trim().split(/\r?\n/);
  expect(rows).toHaveLength(4);
  expect(rows[1]).toContain("Q1");

  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Markdown/ }).click()]);
  expect(readFileSync((await md.path())!, "utf8")).toMatch(/What is EC2/);

  // The finished session loads by id after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await expect(page.getByText("8 / 12 · 67%")).toBeVisible();
});

test("a reload mid-question keeps the question, notes, revealed answer and grade, and comes back paused", async ({ page }) => {
  await startFromLink(page, "count=3&order=in-order");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("2 of 3")).toBeVisible();
  await page.getByRole("textbox", { name: "Notes" }).fill("Standard, IA, Glacier tiers");
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "2 Partial" }).click();
  await page.getByRole("textbox", { name: "Notes" }).blur();

  await page.reload();
  await expect(page.getByText(/paused/i).first()).toBeVisible();
  await page.getByRole("button", { name: /^Resume/ }).first().click();
  await expect(page.getByText("2 of 3")).toBeVisible();
  await expect(questionHeading(page)).toContainText("S3 storage classes");
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue("Standard, IA, Glacier tiers");
  await expect(page.getByRole("table").filter({ hasText: "Storage Class" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "2 Partial" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoSeriousAxeViolations(page);
});

test("interview mode forbids going back and reveals only after you are done", async ({ page }) => {
  await startFromLink(page, "count=3&order=in-order&mode=interview");
  await expect(page.getByRole("button", { name: "Previous" })).toHaveCount(0);
  const reveal = page.getByRole("button", { name: "Reveal answer" });
  await expect(reveal).toBeDisabled();
  await page.keyboard.press("Space");
  await expect(reveal).toBeVisible();

  await page.getByRole("button", { name: /done answering/i }).click();
  await reveal.click();
  await page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "3 Good" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("2 of 3")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("2 of 3")).toBeVisible();
});

test("time-up keeps going with a visible overrun by default", async ({ page }) => {
  await page.clock.install();
  await startFromLink(page, "count=2&order=in-order&concept=60");
  const timer = page.getByRole("timer");
  await expect(timer).toContainText("1:00");
  await page.clock.runFor(65_000);
  await expect(timer).toContainText("+0:05");
  await expect(page.getByText(/time is up/i).first()).toBeAttached();
  // Never a lockout: the answer can still be revealed and graded.
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: "2 Partial" }).click();
});

test("time-up reveals the answer when the setup says so", async ({ page }) => {
  await page.clock.install();
  await startFromLink(page, "count=2&order=in-order&concept=60&onTimeUp=reveal");
  await expect(page.getByRole("button", { name: "Reveal answer" })).toBeVisible();
  await page.clock.runFor(61_000);
  await expect(page.getByRole("button", { name: "Reveal answer" })).toHaveCount(0);
  await expect(page.locator("pre").first()).toBeVisible();
});

test("setup is axe clean and a link reproduces the same questions", async ({ page }) => {
  await page.goto("/?count=2&order=shuffled&seed=abc123");
  await expectNoSeriousAxeViolations(page);
  await startFromLink(page, "count=2&order=shuffled&seed=abc123");
  const first = await questionHeading(page).textContent();
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
  await startFromLink(page, "count=2&order=shuffled&seed=abc123");
  await expect(questionHeading(page)).toHaveText(first!);
});

test("/session with no open session goes to setup with a notice", async ({ page }) => {
  await page.goto("/session");
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect(page.getByText(/no session in progress/i)).toBeVisible();
});
