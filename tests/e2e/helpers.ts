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
