import type { Page } from "@playwright/test";
import { test, expect, GRADE_NAMES, type GradeKey } from "./helpers.ts";

/**
 * Two pages of one browser context: two tabs sharing localStorage, IndexedDB and Web Locks, as
 * a person with the app open twice. Each tab runs its own session; grades given in both, at the
 * same time, all land in results and history.
 */

const selfScore = (page: Page) => page.getByRole("group", { name: "Self-score" });
const sessionRows = (page: Page) =>
  page
    .getByRole("table", { name: /Finished sessions/ })
    .getByRole("row")
    .filter({ has: page.getByRole("link") });
/** The questions of the results page, in order. */
const resultItems = (page: Page) => page.locator("li.result-question");

async function startSession(page: Page, query: string) {
  await page.goto(`/?${query}`);
  const start = page.getByRole("button", { name: "Start session" });
  await expect(start).toBeEnabled();
  await start.click();
  // No "Finish it and start": the other tab's session is not this tab's to finish.
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole("timer")).toBeVisible();
}

async function revealAndGrade(page: Page, position: string, grade: GradeKey) {
  await expect(page.getByText(position)).toBeVisible();
  await page.getByRole("button", { name: "Reveal answer" }).click();
  await selfScore(page).getByRole("button", { name: GRADE_NAMES[grade] }).click();
  await expect(selfScore(page).getByRole("button", { name: GRADE_NAMES[grade] })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
}

async function finish(page: Page) {
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();
}

async function expectGrades(page: Page, grades: readonly GradeKey[]) {
  await expect(resultItems(page)).toHaveCount(grades.length);
  for (const [index, grade] of grades.entries()) {
    await expect(resultItems(page).nth(index).getByRole("button", { name: GRADE_NAMES[grade] })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  }
}

async function openHistory(page: Page) {
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();
}

test("two pages each run and grade a session at the same time; results and history keep every grade, also after reloads", async ({
  page,
}) => {
  const other = await page.context().newPage();
  await startSession(page, "count=3&order=in-order&kinds=concept");
  // The first page's session runs there: the second page does not offer it, and starting leaves it be.
  await other.goto("/?count=3&order=in-order&kinds=scenario");
  await other.waitForLoadState("networkidle");
  await expect(other.getByRole("region", { name: "Session in progress" })).toHaveCount(0);
  await startSession(other, "count=3&order=in-order&kinds=scenario");

  // Interleaved: a grade here, a grade there, each page moving on in its own session.
  const mine: GradeKey[] = ["4", "2", "3"];
  const theirs: GradeKey[] = ["1", "3", "2"];
  for (let index = 0; index < 3; index += 1) {
    await revealAndGrade(page, `${index + 1} of 3`, mine[index]!);
    await revealAndGrade(other, `${index + 1} of 3`, theirs[index]!);
    if (index < 2) {
      await Promise.all([
        page.getByRole("button", { name: "Next" }).click(),
        other.getByRole("button", { name: "Next" }).click(),
      ]);
    }
  }
  await Promise.all([finish(page), finish(other)]);
  await expect(page.getByText("9 / 12 · 75%")).toBeVisible();
  await expect(other.getByText("6 / 12 · 50%")).toBeVisible();
  await expectGrades(page, mine);
  await expectGrades(other, theirs);

  for (const tab of [page, other]) {
    await openHistory(tab);
    await expect(sessionRows(tab)).toHaveCount(2);
    await expect(sessionRows(tab).filter({ hasText: "75%" })).toHaveCount(1);
    await expect(sessionRows(tab).filter({ hasText: "50%" })).toHaveCount(1);
  }

  // Reload both: each results page still has its own grades, and history both sessions.
  await page.goBack();
  await other.goBack();
  await Promise.all([page.reload(), other.reload()]);
  await expect(page.getByText("9 / 12 · 75%")).toBeVisible();
  await expect(other.getByText("6 / 12 · 50%")).toBeVisible();
  await expectGrades(page, mine);
  await expectGrades(other, theirs);
  await openHistory(other);
  await other.reload();
  await expect(sessionRows(other)).toHaveCount(2);
  await expect(sessionRows(other).filter({ hasText: "75%" })).toHaveCount(1);
  await expect(sessionRows(other).filter({ hasText: "50%" })).toHaveCount(1);
});

test("regrading different questions of one finished session in two pages keeps both grades", async ({ page }) => {
  await startSession(page, "count=3&order=in-order&kinds=concept");
  for (let index = 0; index < 3; index += 1) {
    await revealAndGrade(page, `${index + 1} of 3`, "3");
    if (index < 2) await page.getByRole("button", { name: "Next" }).click();
  }
  await finish(page);
  await expect(page.getByText("9 / 12 · 75%")).toBeVisible();

  const other = await page.context().newPage();
  await other.goto(page.url());
  await expectGrades(other, ["3", "3", "3"]);

  // At the same moment: the first question here, the second there.
  await Promise.all([
    resultItems(page).nth(0).getByRole("button", { name: GRADE_NAMES["4"] }).click(),
    resultItems(other).nth(1).getByRole("button", { name: GRADE_NAMES["1"] }).click(),
  ]);
  for (const tab of [page, other]) {
    await expectGrades(tab, ["4", "1", "3"]);
    await expect(tab.getByText("8 / 12 · 67%", { exact: true })).toBeVisible();
  }
  await Promise.all([page.reload(), other.reload()]);
  for (const tab of [page, other]) await expectGrades(tab, ["4", "1", "3"]);

  await openHistory(page);
  await expect(sessionRows(page)).toHaveCount(1);
  await expect(sessionRows(page).first()).toContainText("67%");
  await sessionRows(page).first().getByRole("link").click();
  await expectGrades(page, ["4", "1", "3"]);
});

test("a session left open by a closed page is offered in another, and resumes there paused", async ({ page }) => {
  const other = await page.context().newPage();
  await startSession(page, "count=2&order=in-order&kinds=concept");
  await revealAndGrade(page, "1 of 2", "2");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("2 of 2")).toBeVisible();
  await page.close();

  await other.goto("/");
  const banner = other.getByRole("region", { name: "Session in progress" });
  await expect(banner).toContainText("Question 2 of 2");
  await expect(banner).toContainText("Left open in a tab that has since been closed");
  await banner.getByRole("link", { name: "Resume session" }).click();
  await expect(other).toHaveURL(/\/session$/);
  await expect(other.getByRole("heading", { name: "Paused", level: 1 })).toBeVisible();
  await other
    .getByRole("button", { name: /^Resume/ })
    .first()
    .click();
  await revealAndGrade(other, "2 of 2", "4");
  await finish(other);
  await expect(other.getByText("6 / 8 · 75%")).toBeVisible();
});
