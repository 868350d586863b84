import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileResult, Deck } from "../../src/deck/deck-types.ts";

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

function codesAndLines(result: CompileResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.line}`);
}

/** A canonical deck with `extra` inside Q1's answer, after its first paragraph. */
function withinAnswer(extra: string): string {
  return `# T\n\n## S\n\n### Q1: What?\n\n**Answer:**\n\nThe answer.\n\n${extra}\n\n### Q2: Why?\n\n**Answer:** Because.\n`;
}

describe("noise in a README-shaped file", () => {
  const result = importFixture("noise.md");
  const deck = deckOf(result);

  it("leaves badges, the table of contents, back-to-top links, comments and <br> lines out of every answer", () => {
    expect(result.dialect).toBe("canonical");
    expect(deck.title).toBe("Sailing Basics");
    expect(deck.sections).toEqual(["Wind", "Knots"]);
    expect(deck.questions.map((q) => q.answer)).toEqual([
      "It shows how a boat can sail at each angle to the wind.\n\nNo boat sails straight into the wind.",
      "Turning the bow through the wind so it comes from the other side.",
      "The bowline: it does not slip and unties easily after a load.",
    ]);
  });

  it("reports each kind of visible noise once, naming its runs of lines, and stays quiet about comments", () => {
    expect(codesAndLines(result)).toEqual(["W021@4", "W021@6", "W021@25"]);
    const [badges, toc, backToTop] = result.problems.map((p) => p.message);
    expect(badges).toContain("badge images (line 4)");
    expect(toc).toContain("table of contents (lines 6–9 and 37)");
    expect(backToTop).toContain('"back to top" links (lines 25, 33 and 45)');
    for (const p of result.problems) {
      expect(p.severity).toBe("warning");
      expect(p.message).not.toMatch(/comment|<br>/);
    }
  });
});

describe("MDX noise", () => {
  const result = importFixture("mdx.md");

  it("drops import lines and component tags, keeping the Markdown between the tags", () => {
    expect(result.dialect).toBe("heading");
    expect(deckOf(result).title).toBe("Terminal Tips");
    expect(deckOf(result).questions[0]?.answer).toBe(
      "Press <kbd>Ctrl</kbd>+<kbd>R</kbd> and type part of the command.\n\nBash keeps it in `~/.bash_history`.\n\nZsh keeps it in `~/.zsh_history`.",
    );
    expect(codesAndLines(result)).toEqual(["W021@4", "W021@13"]);
    expect(result.problems[0]?.message).toContain("MDX `import`/`export` lines (lines 4–5)");
    expect(result.problems[1]?.message).toContain("`<Tabs>` (lines 13–14, 18–19 and 23–24)");
  });
});

describe("noise rules, one at a time", () => {
  it.each([
    ["a back-to-top link with an arrow", "[⬆ Back to top](#t)"],
    ["a bold back-to-top link", "**[↥ back to top](#table-of-contents)**"],
    ["an HTML back-to-top link", '<p align="right"><a href="#readme-top">back to top</a></p>'],
    ["a list of anchor links", "- [One](#one)\n- [Two](#two)\n  - [Two and a half](#two-and-a-half)"],
    ["a table of anchor links", "| Topic | Link |\n|---|---|\n| One | [go](#one) |\n| Two | [go](#two) |"],
    ["a bar of anchor links", "[One](#one) · [Two](#two) · [Three](#three)"],
    ["badges", "![CI](https://github.com/o/r/actions/workflows/ci.yml/badge.svg) ![npm](https://img.shields.io/npm/v/x.svg)"],
    ["an HTML comment", "<!-- note to self:\nfinish this -->"],
    ["a <br> line", "<br>\n<br/>"],
    ["a non-breaking space line", "&nbsp;"],
    ["MDX imports", "import Tabs from '@theme/Tabs';\nimport { Note } from \"../note\";"],
    ["JSX tags", "<Tabs>\n<TabItem value=\"x\" label=\"X\">"],
  ])("leaves %s out of an answer", (_name, extra) => {
    const deck = deckOf(importText(withinAnswer(extra)));
    expect(deck.questions[0]?.answer).toBe("The answer.");
    expect(deck.questions).toHaveLength(2);
  });

  it.each([
    ["an image that is not a badge", "![The sail plan](https://example.com/sails.png)"],
    ["a list with one anchor link among others", "- see [below](#below)\n- plain\n- more plain"],
    ["links to other pages", "[One](https://example.com/one) | [Two](https://example.com/two)"],
    ["a paragraph that mentions the top", "Climb to the top of the mast only in harbour."],
    ["HTML that shows something", "<kbd>Ctrl</kbd> + <kbd>C</kbd>"],
  ])("keeps %s in an answer", (_name, extra) => {
    const deck = deckOf(importText(withinAnswer(extra)));
    expect(deck.questions[0]?.answer).toBe(`The answer.\n\n${extra}`);
  });

  it("takes a `<br>` on its own line out of a paragraph", () => {
    const deck = deckOf(importText(withinAnswer("First line\n<br>\nsecond line")));
    expect(deck.questions[0]?.answer).toBe("The answer.\n\nFirst line\n\nsecond line");
  });

  it("skips a section named like a table of contents up to the next heading, lists of topics included", () => {
    const text = "# T\n\n## Contents\n\n- Wind\n- Knots\n\n## Wind\n\n### What is a gust?\n\nA short burst of wind.\n";
    const result = importText(text);
    expect(result.dialect).toBe("heading");
    expect(deckOf(result).questions.map((q) => [q.section, q.prompt, q.answer])).toEqual([
      ["Wind", "What is a gust?", "A short burst of wind."],
    ]);
    expect(codesAndLines(result)).toEqual(["W021@3"]);
    expect(result.problems[0]?.message).toContain("lines 3–6");
  });

  it("keeps an `<!-- id: … -->` comment's id while leaving the comment out of the answer", () => {
    const text = "# T\n\n## S\n\n### What is a cleat?\n<!-- id: cleat -->\n\nA fitting to tie a rope to.\n\n### What is a winch?\n\nA drum that pulls a rope in.\n";
    const deck = deckOf(importText(text));
    expect(deck.questions.map((q) => [q.id, q.answer])).toEqual([
      ["mine/cleat", "A fitting to tie a rope to."],
      ["mine/what-is-a-winch", "A drum that pulls a rope in."],
    ]);
  });

  it("never makes a question of a prose section (Overview, References, License…)", () => {
    const text =
      "# T\n\n## Overview\n\nWhat this is.\n\n## 1. What is a mast?\n\nThe pole that holds the sails.\n\n## References\n\n- A book\n\n## License\n\nMIT\n";
    const deck = deckOf(importText(text));
    expect(deck.questions.map((q) => [q.prompt, q.answer])).toEqual([["What is a mast?", "The pole that holds the sails."]]);
  });

  it("does not read noise in strict mode, where the canonical deck is taken as written", () => {
    const result = compileDeck(withinAnswer("[⬆ Back to top](#t)"), { file: "mine.md", mode: "strict" });
    expect(result.problems).toEqual([]);
    expect(result.deck?.questions[0]?.answer).toBe("The answer.\n\n[⬆ Back to top](#t)");
  });
});

describe("noise inside running text", () => {
  it("leaves a tag-like word such as Promise<T> alone, but not a component tag on its own line", () => {
    const deck = deckOf(importText(withinAnswer("It returns a Promise<T> here.\n<Note>\nKeep this.")));
    expect(deck.questions[0]?.answer).toBe("The answer.\n\nIt returns a Promise<T> here.\n\nKeep this.");
  });
});

describe("prose sections after the questions", () => {
  it("skips a trailing License or References section quietly in import mode, and warns in strict mode", () => {
    const text = "# T\n\n## Q1: What?\n\n**Answer:** This.\n\n## References\n\n- A book\n";
    const imported = importText(text);
    expect(imported.dialect).toBe("canonical");
    expect(imported.problems).toEqual([]);
    expect(imported.deck?.questions[0]?.answer).toBe("This.");
    const strict = compileDeck(text, { file: "mine.md", mode: "strict" });
    expect(strict.problems.map((p) => p.code)).toEqual(["E040", "W005"]);
  });
});
