import { test, expect, expectNoSeriousAxeViolations } from "./helpers.ts";

test("setup lists the bundled deck and its topics, and the deck page renders answers", async ({ page }) => {
  // Axe over every answer opened at once (24 rendered answers) is slow on a loaded machine.
  test.setTimeout(90_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "AWS and Cloud Interview Q&A" }).first()).toBeVisible();
  await expect(page.getByText("Networking & Security (2)")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: /browse/i }).first().click();
  await expect(page).toHaveURL(/\/decks\/aws-cloud$/);
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(24);
  // Answers are folded until opened.
  await page.getByRole("button", { name: "Expand all" }).click();

  // S3 storage classes come as a real table.
  const table = page.getByRole("table").filter({ hasText: "Storage Class" });
  await expect(table.getByRole("columnheader", { name: "Retrieval Time" })).toBeVisible();

  // Code is highlighted: tokens inside fenced blocks carry their own colours.
  const firstCode = page.locator("pre code").first();
  await expect(firstCode).toBeVisible();
  const colours = await firstCode.locator("span[style*='color']").evaluateAll((spans) =>
    new Set(spans.map((s) => getComputedStyle(s).color)).size,
  );
  expect(colours).toBeGreaterThan(1);

  // `# comment` lines in fences stay code: Q12's answer still shows `terraform destroy` (rendered
  // once scrolled near: answers far down the page wait until the reader gets there).
  const q12 = page.locator("article.question").filter({ hasText: "terraform destroy" }).first();
  await q12.scrollIntoViewIfNeeded();
  await expect(q12.locator("pre").filter({ hasText: "terraform destroy" }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("an unknown path shows not-found with a way home", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: /setup|home/i }).click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("an unknown deck shows not-found", async ({ page }) => {
  await page.goto("/decks/no-such-deck");
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
});
