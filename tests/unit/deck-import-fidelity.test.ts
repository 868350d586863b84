import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileResult, Deck, Question } from "../../src/deck/deck-types.ts";
import { deckToMarkdown } from "../../src/deck/deck-to-markdown.ts";
import { unwrapAnswer } from "../../src/deck/html-wrappers.ts";
import { hasAnswer } from "../../src/interview/pick-questions.ts";

const FIXTURES = "tests/fixtures/decks/import";

function importFixture(name: string): CompileResult {
  const file = `${FIXTURES}/${name}`;
  return compileDeck(readFileSync(file), { file, mode: "import" });
}

function importText(text: string): CompileResult {
  return compileDeck(text, { file: "mine.md", mode: "import" });
}

function deckOf(result: CompileResult): Deck {
  if (!result.deck) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.deck;
}

function byPrompt(deck: Deck, prompt: string): Question {
  const found = deck.questions.find((q) => q.prompt === prompt);
  if (!found) throw new Error(`no question "${prompt}" among ${deck.questions.map((q) => q.prompt).join(" | ")}`);
  return found;
}

function codesAndLines(result: CompileResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.line}`);
}

describe("a details file as public Q&A collections write them (fidelity-details.md)", () => {
  const result = importFixture("fidelity-details.md");
  const deck = deckOf(result);

  it("reads every question, the ones right below the table of contents included, labelled with the file's numbers", () => {
    expect(result.dialect).toBe("details");
    expect(deck.questions.map((q) => q.label)).toEqual(["Q1", "Q2", "Q5", "Q6", "Q7", "Q110", "Q111"]);
  });

  it("reports each defect class with its lines, and nothing else", () => {
    expect(codesAndLines(result)).toEqual(["W021@5", "W021@23", "W003@38", "W003@74", "E021@80", "W021@86"]);
    const message = (line: number) => result.problems.find((p) => p.line === line)?.message ?? "";
    expect(message(5)).toContain("table of contents (lines 5–9)");
    expect(message(23)).toContain('"Read the detailed answer on …" lines (lines 23, 40 and 76)');
    expect(message(86)).toContain("closing \"explore all answers\" heading with what is under it (lines 86–88)");
    expect(message(38)).toContain('the image "./img/vlans.png"');
    expect(message(74)).toContain('the image "diagrams/rule.png"');
  });

  it("unwraps an answer wrapped whole in <b> or <p>, so a bulleted one gets its rubric", () => {
    expect(byPrompt(deck, "What does a reverse proxy do?").answer).toBe(
      "It accepts requests from clients and forwards them to the right service behind it, often terminating TLS on the way.",
    );
    const backups = byPrompt(deck, "Which backups are enough?");
    expect(backups.answer).toBe("- Three copies of the data\n- On two kinds of media\n- One of them off site");
    expect(backups.keyPoints).toEqual(["Three copies of the data", "On two kinds of media", "One of them off site"]);
    expect(byPrompt(deck, "What does NAT change in a packet?").answer).toBe(
      "The source address and port on the way out, and the destination on the way back.",
    );
  });

  it("never strips one tag of a pair: a centred image at the end of an answer keeps <p> and </p>", () => {
    expect(byPrompt(deck, "Why use VLANs at home?").answer).toBe(
      'They keep devices that should not talk to each other apart, such as cameras and laptops.\n\n<p align="center"><img src="./img/vlans.png" alt="VLAN diagram"></p>',
    );
  });

  it("drops the promotion line from every answer and the closing trailer from the last", () => {
    for (const q of deck.questions) {
      expect(q.answer).not.toMatch(/Read the detailed answer|Explore all/);
    }
  });

  it("keeps an answer that is only an empty wrapper, reported and left out of scored sessions", () => {
    const empty = byPrompt(deck, "What is a default route?");
    expect(empty.answer).toBe("");
    expect(hasAnswer(empty)).toBe(false);
  });

  it("keeps a multi-line summary whole: a list stays a list, a JSON policy a code block", () => {
    const options = byPrompt(deck, "Which of these addresses are private?");
    expect(options.label).toBe("Q6");
    expect(options.promptDetail).toBe("- `10.1.2.3`\n- `172.32.0.1`\n- `192.168.4.20`");
    const rule = byPrompt(deck, "What does this firewall rule allow?");
    expect(rule.promptDetail).toBe('```json\n{ "action": "accept", "port": 22, "from": "192.168.4.0/24" }\n```');
    expect(rule.answer).toBe("SSH from the home LAN only. ![rule flow](diagrams/rule.png)");
    expect(options.hash).not.toBe(compileDeck("x", { file: "x.md", mode: "import" }).deck?.questions[0]?.hash);
  });

  it("names nested sections with their parent, so two 'Basics' stay two topics", () => {
    expect(deck.sections).toEqual(["Home Lab Interview Notes", "Switching › Basics", "Routing › Basics"]);
    expect(result.problems.some((p) => p.code === "W002")).toBe(false);
  });
});

describe("a heading file with a topic heading, a gap in numbers and a ToDo (fidelity-headings.md)", () => {
  const result = importFixture("fidelity-headings.md");
  const deck = deckOf(result);

  it("reads the topic heading as a question, its table kept whole, and reports the choice", () => {
    expect(result.dialect).toBe("heading");
    const topic = byPrompt(deck, "Resilient web app design");
    expect(topic.answer).toBe(
      "| Tier | Choice |\n|---|---|\n| Edge | CDN with a web application firewall |\n| App | Two zones behind a load balancer |\n| Data | A primary database with a standby in another zone |",
    );
    const w023 = result.problems.find((p) => p.code === "W023");
    expect(w023?.line).toBe(19);
    expect(w023?.message).toContain("the heading at line 19 does not read as a question");
  });

  it("labels questions with the file's own numbers, across gaps; unnumbered ones by position", () => {
    expect(deck.questions.map((q) => q.label)).toEqual(["Q1", "Q2", "#3", "Q4", "Q10", "Q12", "Q14", "#8"]);
    expect(result.problems.some((p) => p.code === "W001")).toBe(false);
  });

  it("never lets the last answer absorb a question-looking heading or a ToDo stub after it", () => {
    expect(byPrompt(deck, "What is a snapshot?").answer).toBe("A point-in-time copy of a volume, stored incrementally.");
    const todo = byPrompt(deck, "What about snapshot consistency?");
    expect(todo.answer).toBe("");
    expect(codesAndLines(result)).toEqual(["W021@3", "W023@19", "E021@45", "W021@47"]);
    expect(result.problems.at(-1)?.message).toContain('"ToDo" placeholders (line 47)');
  });

  it("ends the table of contents where its links end", () => {
    expect(deck.questions[0]?.prompt).toBe("What is a CDN?");
    expect(deck.questions[0]?.keyPoints).toEqual(["Lower latency for far-away users", "Less load on the origin"]);
  });
});

describe("tables of contents followed directly by questions", () => {
  it("reads **Q:** questions right under the links, the intro line before them still part of the contents", () => {
    const result = importText(
      "# Notes\n\n## Table of Contents\n\nJump to a question:\n\n- [One](#one)\n- [Two](#two)\n\n**Q:** What is one?\n\n**A:** The first.\n\n**Q:** What is two?\n\n**A:** The second.\n",
    );
    expect(deckOf(result).questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["What is one?", "The first."],
      ["What is two?", "The second."],
    ]);
    expect(codesAndLines(result)).toEqual(["W021@3"]);
    expect(result.problems[0]?.message).toContain("lines 3–8");
  });
});

describe("wrappers around a whole answer", () => {
  it.each([
    ["<b>x</b>", "x"],
    ["<p>\n- a\n- b\n</p>", "- a\n- b"],
    ['<div align="center"><p>x</p></div><br>', "x"],
    ["text</p>", "text"],
    ['<p align="center">text', "text"],
    ["<p></p>", ""],
    ["<b>a</b> and <b>b</b>", "<b>a</b> and <b>b</b>"],
    ["<p>a</p><p>b</p>", "<p>a</p><p>b</p>"],
    ["Intro\n\n<p align=center><img src=x></p>", "Intro\n\n<p align=center><img src=x></p>"],
  ])("%j → %j", (answer, expected) => {
    expect(unwrapAnswer(answer)).toBe(expected);
  });

  it("draws key points from a list inside a wrapper that made it HTML text", () => {
    const result = importText("# T\n\n<details><summary>What are the parts?</summary>\n<b>\n\n- Head\n- Body\n\n</b>\n</details>\n");
    expect(deckOf(result).questions[0]?.keyPoints).toEqual(["Head", "Body"]);
  });

  it("reports an answer that is only a wrapper (E021) and keeps the question out of scored sessions", () => {
    const result = importText("# T\n\n<details><summary>Why?</summary><b></b></details>\n\n<details><summary>How?</summary>Like so.</details>\n");
    expect(codesAndLines(result)).toEqual(["E021@3"]);
    expect(hasAnswer(deckOf(result).questions[0] as Question)).toBe(false);
  });
});

describe("relative images", () => {
  it("are reported with their lines, alike for Markdown and HTML images", () => {
    const result = importText(
      "# T\n\n## S\n\n### What is shown?\n\n![chart](assets/x.png)\n\n<img src='./img.png' alt='local'>\n\n<img src=\"https://example.com/a.png\">\n",
    );
    expect(codesAndLines(result)).toEqual(["W003@7", "W003@9"]);
    for (const p of result.problems) expect(p.message).toContain("shows the image's description instead");
  });
});

describe("questions over several paragraphs", () => {
  it("keeps the first question of a file when its summary holds a list, with no warning", () => {
    const result = importText(
      "# Regions\n\n<details>\n<summary>Which regions are in the EU?\n\n- eu-west-1\n- us-east-1\n\n</summary>\n\nOnly eu-west-1.\n\n</details>\n\n<details><summary>What is a region?</summary>\nA geographic area.\n</details>\n",
    );
    const deck = deckOf(result);
    expect(result.problems).toEqual([]);
    expect(deck.questions.map((q) => [q.prompt, q.promptDetail ?? null, q.answer])).toEqual([
      ["Which regions are in the EU?", "- eu-west-1\n- us-east-1", "Only eu-west-1."],
      ["What is a region?", null, "A geographic area."],
    ]);
  });

  it("reads a summary that starts with a numbered heading: the heading is the question, the code below its detail", () => {
    const result = importText(
      "# Policies\n\n<details>\n<summary>\n\n### 2. Which policy is valid?\n\n```json\n{\"a\":1}\n```\n\n</summary>\n\nThe first.\n\n</details>\n\n<details><summary><b>Why?</b>\n\n- one\n- two\n</summary>\n\nBecause.\n\n</details>\n",
    );
    expect(deckOf(result).questions.map((q) => [q.label, q.prompt, q.promptDetail ?? null])).toEqual([
      ["Q2", "Which policy is valid?", '```json\n{"a":1}\n```'],
      ["#2", "Why?", "- one\n- two"],
    ]);
  });

  it("exports the detail between heading and **Answer:**, and reads it back as the same question", () => {
    const deck = deckOf(importFixture("fidelity-details.md"));
    const again = deckOf(compileDeck(deckToMarkdown(deck), { file: "fidelity-details.md", mode: "import" }));
    const pick = (d: Deck) => d.questions.map((q) => [q.prompt, q.promptDetail ?? null, q.answer]);
    expect(pick(again)).toEqual(pick(deck));
  });
});
