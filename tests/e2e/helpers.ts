import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

/**
 * A page from its own `browser.newContext()`: what @axe-core/playwright needs, and a clean storage per
 * test. Service workers follow the `serviceWorkers` option: blocked by default (playwright.config.ts),
 * so each test does not precache the whole build; the offline tests allow them.
 *
 * Every test also checks that the app works under its Content Security Policy: anything the policy
 * blocked (Chromium reports it on the console) fails the test, whatever the test itself checked.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ browser, serviceWorkers }, use) => {
    const context = await browser.newContext({ serviceWorkers });
    const page = await context.newPage();
    const blocked: string[] = [];
    context.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await use(page);
    await context.close();
    expect(blocked, "the Content Security Policy blocked something the app did").toEqual([]);
  },
});

export { expect };

/** Axe over the whole page; serious and critical violations fail the test with their rule ids. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`),
  ).toEqual([]);
}

/** The Self-score buttons' names, by the key that gives each grade. */
export const GRADE_NAMES = { "1": "1 Missed", "2": "2 Partial", "3": "3 Good", "4": "4 Strong" } as const;
export type GradeKey = keyof typeof GRADE_NAMES;

/** Finish from the session screen (through the confirm when questions are left) and wait for the results. */
export async function finishSession(page: Page) {
  await page.getByRole("button", { name: "Finish" }).click();
  const confirm = page.getByRole("alertdialog");
  const results = page.getByRole("heading", { name: "Results", level: 1 });
  await expect(confirm.or(results)).toBeVisible();
  if (await confirm.isVisible()) await confirm.getByRole("button", { name: "Finish anyway" }).click();
  await expect(results).toBeVisible();
}

/**
 * From setup at `/?<query>`: starts, answers every question in turn (reveal, grade by key), then
 * finishes. Returns the prompts in the order asked.
 */
export async function playSession(page: Page, query: string, grades: readonly GradeKey[]): Promise<string[]> {
  await page.goto(`/?${query}`);
  const start = page.getByRole("button", { name: "Start session" });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page).toHaveURL(/\/session$/);
  const heading = page.locator("main h1");
  const prompts: string[] = [];
  for (const [index, grade] of grades.entries()) {
    await expect(page.getByText(`${index + 1} of ${grades.length}`)).toBeVisible();
    // Wait for the question's own heading: the screen before it may still be on its way out.
    await expect(heading).not.toHaveText(prompts.at(-1) ?? "Practice");
    prompts.push((await heading.textContent()) ?? "");
    await page.getByRole("button", { name: "Reveal answer" }).click();
    await expect(page.locator(".answer").first()).toBeVisible();
    await page.keyboard.press(grade);
    await expect(page.getByRole("group", { name: "Self-score" }).getByRole("button", { name: GRADE_NAMES[grade] })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    if (index < grades.length - 1) await page.getByRole("button", { name: "Next" }).click();
  }
  await finishSession(page);
  return prompts;
}
