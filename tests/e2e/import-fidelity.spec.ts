import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, test } from "./helpers.ts";

/** Hand-written decks shaped like public interview Q&A files: inline HTML, trailers, TOCs, rich summaries, topic headings. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/decks/import/${name}`, import.meta.url), "utf8");
const DETAILS_MD = fixture("fidelity-details.md");
const HEADINGS_MD = fixture("fidelity-headings.md");

const importRegion = (page: Page) => page.getByRole("region", { name: "Import a deck" });

async function importFile(page: Page, fileName: string, markdown: string) {
  await page.goto("/decks");
  await expect(page.getByRole("heading", { name: "Decks", level: 1 })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByLabel("Or choose a deck file").click()]);
  await chooser.setFiles({ name: fileName, mimeType: "text/markdown", buffer: Buffer.from(markdown) });
  await expect(page.getByRole("heading", { name: `Review “${fileName}”`, level: 3 })).toBeFocused();
}

async function save(page: Page, saved: RegExp) {
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(importRegion(page).getByRole("status")).toContainText(saved);
}

/** No tag of the file shows as text anywhere in the page's main content. */
async function expectNoLiteralHtml(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/<\/?(?:b|p|img|details|summary|div)\b[^>]*>/i);
}

/** Starts an in-order session of `count` questions of `deckId` and reveals every answer, checking each. */
async function revealEveryAnswer(page: Page, deckId: string, count: number, check: (prompt: string) => Promise<void>) {
  await page.goto(`/?decks=${deckId}&order=in-order&count=${count}`);
  await page.getByRole("button", { name: "Start session" }).click();
  for (let index = 1; index <= count; index += 1) {
    await expect(page.getByText(`${index} of ${count}`)).toBeVisible();
    const prompt = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await page.getByRole("button", { name: "Reveal answer" }).click();
    await expect(page.locator(".answer")).toBeVisible();
    await expect(page.locator(".answer[aria-busy='true']")).toHaveCount(0);
    await expectNoLiteralHtml(page);
    await check(prompt);
    if (index === 1) await expectNoSeriousAxeViolations(page);
    if (index < count) await page.getByRole("button", { name: "Next" }).click();
  }
}

test("a details file with wrappers, trailers, a TOC and multi-line summaries imports as a person reads it", async ({ page }) => {
  await importFile(page, "home-lab.md", DETAILS_MD);
  const review = importRegion(page);
  await expect(review.getByText("(details)")).toBeVisible();
  const problems = review.locator(".problem-list > li");
  await expect(problems.filter({ hasText: "W021" })).toHaveCount(3);
  await expect(problems.filter({ hasText: "Read the detailed answer on" })).toContainText("lines 23, 40 and 76");
  await expect(problems.filter({ hasText: "W003" })).toHaveCount(2);
  // The questions themselves, searchable, before anything is saved.
  const questions = review.getByRole("region", { name: "Questions" });
  await expect(questions.getByRole("listitem")).toHaveCount(7);
  await expect(questions.getByRole("listitem").nth(3)).toContainText("Q6 Which of these addresses are private?");
  await questions.getByRole("searchbox", { name: "Search questions" }).fill("NAT packet");
  await expect(questions.getByRole("listitem")).toHaveCount(1);
  await expect(questions.getByRole("listitem")).toContainText("Q111 What does NAT change in a packet?");
  await expectNoSeriousAxeViolations(page);
  await save(page, /Saved “Home Lab Interview Notes” with 7 questions\./);

  // The deck page: rendered HTML, no tags as text, placeholders for images that cannot load, nested sections.
  await page.goto("/decks/home-lab");
  await expect(page.locator("article.question")).toHaveCount(7);
  // Answers are folded on the deck page: open them all.
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
  await expectNoLiteralHtml(page);
  await expect(page.getByRole("heading", { name: "Switching › Basics", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Routing › Basics", level: 2 })).toBeVisible();
  await expect(page.getByText("Image: VLAN diagram")).toBeVisible();
  await expect(page.getByText("Image: rule flow")).toBeVisible();
  const options = page.locator("article.question").filter({ hasText: "Which of these addresses are private?" });
  await expect(options.locator(".prompt-detail li")).toHaveText(["10.1.2.3", "172.32.0.1", "192.168.4.20"]);
  await expect(page.locator(".prompt-detail pre code")).toContainText('"action": "accept"');
  await expect(page.getByText("Read the detailed answer")).toHaveCount(0);
  await expect(page.getByText("Explore all 111 answers")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // A session: the empty answer is left out; every other answer revealed, the rich prompt shown before the answer.
  await revealEveryAnswer(page, "home-lab", 6, async (prompt) => {
    if (prompt === "What does a reverse proxy do?") await expect(page.locator(".answer")).toContainText("It accepts requests from clients");
    if (prompt === "Which backups are enough?") {
      await expect(page.locator(".answer li")).toHaveCount(3);
      await expect(page.getByRole("group", { name: "What I covered" }).getByRole("checkbox")).toHaveCount(3);
    }
    if (prompt === "Which of these addresses are private?") await expect(page.locator(".prompt-detail li")).toHaveCount(3);
    if (prompt === "What does this firewall rule allow?") await expect(page.locator(".prompt-detail pre")).toBeVisible();
  });
});

test("a heading file with a topic heading, gaps in numbers and a ToDo imports every answer whole", async ({ page }) => {
  await importFile(page, "web-hosting.md", HEADINGS_MD);
  const review = importRegion(page);
  await expect(review.getByText("(heading)")).toBeVisible();
  await expect(review.locator(".problem-list > li").filter({ hasText: "W023" })).toContainText("Line 19");
  const questions = review.getByRole("region", { name: "Questions" });
  await expect(questions.getByRole("listitem")).toHaveCount(8);
  await expect(questions.getByRole("listitem").last()).toContainText("No answer: left out of scored sessions.");
  await save(page, /Saved “Web Hosting Questions” with 8 questions\./);

  await page.goto("/decks/web-hosting");
  await expect(page.locator("article.question")).toHaveCount(8);
  await expect(page.locator("article.question h3")).toContainText(["Q1", "Q2", "#3", "Q4", "Q10", "Q12", "Q14", "#8"]);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(page.getByRole("table")).toHaveCount(1);

  await revealEveryAnswer(page, "web-hosting", 7, async (prompt) => {
    if (prompt === "Resilient web app design") await expect(page.locator(".answer table tbody tr")).toHaveCount(3);
    if (prompt === "What is a snapshot?") await expect(page.locator(".answer")).not.toContainText("consistency");
  });
});
