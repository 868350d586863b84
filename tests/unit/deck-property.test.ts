import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileMode, CompileResult } from "../../src/deck/deck-types.ts";

/** Deck-like lines, so generated files reach deep into the compiler instead of stopping at E050. */
const deckLine = fc.oneof(
  fc.constantFrom(
    "# Title",
    "## Section",
    "## Scenario questions",
    "### Q1: What is it?",
    "### Q1: Duplicate?",
    "### S2: A scenario?",
    "#### Q3: Deeper?",
    "### Unnumbered?",
    "**Answer:**",
    "**Answer:** inline",
    "**Key Points:**",
    "**Last Updated:** today",
    "- point",
    "  - nested",
    "1. step",
    "```",
    "~~~~",
    "<details>",
    "<summary>Q</summary>",
    "</details>",
    "<!--",
    "-->",
    "<!-- id: custom -->",
    "---",
    "***",
    "> quote",
    "| a | b |",
    "|---|---|",
    "![img](pic.png)",
    "[link](./doc.md)",
    "[ref]: relative.md",
    "",
    "",
  ),
  fc.string({ maxLength: 20 }),
);

/** Lines of the import dialects and their noise, so import mode meets every recogniser. */
const importLine = fc.oneof(
  deckLine,
  fc.constantFrom(
    "**Q:** What is it?",
    "**Q1: Bold question?**",
    "**A:** This.",
    "Q2: Plain question?",
    "Answer: plain answer",
    "A:",
    "1. ### Listed question?",
    "2. ## Another?",
    "   indented answer",
    "   **Answer:**",
    "<details><summary>Why?</summary>",
    "<summary>Answer</summary>",
    "<summary>",
    "</summary>",
    "<details><summary>Show answer</summary></details>",
    "<p>",
    "</p>",
    "- [Intro](#intro)",
    "[⬆ Back to top](#top)",
    "[A](#a) | [B](#b)",
    "[![b](https://img.shields.io/x.svg)](https://x.y)",
    "<br>",
    "<br/>",
    "import Tabs from '@theme/Tabs';",
    "<Tabs>",
    "</TabItem>",
    "## Table of Contents",
    "## Overview",
    "### 1️⃣ Keycap question?",
    "### Question 3: Why?",
    "### 12. Numbered?",
    "#### Answer",
    "Why is the sky blue?",
  ),
);

const frontMatter = fc.constantFrom("", "---\nid: x\n---\n", "---\ntitle: [\n---\n", "---\nfoo: 1\n", "---\n- a\n---\n");
const importFrontMatter = fc.oneof(
  frontMatter,
  fc.constantFrom("---\nformat: details\n---\n", "---\nformat: bold-marker\n---\n", "---\nformat: heading\n---\n", "---\nformat: reveal\n---\n"),
);

const deckText = fc
  .tuple(frontMatter, fc.array(deckLine, { maxLength: 80 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([head, lines, eol]) => (head + lines.join("\n")).replace(/\n/g, eol));

const importText = fc
  .tuple(importFrontMatter, fc.array(importLine, { maxLength: 80 }), fc.constantFrom("\n", "\r\n"))
  .map(([head, lines, eol]) => (head + lines.join("\n")).replace(/\n/g, eol));

function expectWellFormed(result: CompileResult, mode: CompileMode): void {
  const refusing = result.problems.filter((p) => (mode === "strict" ? p.severity === "error" : p.fatal));
  if (result.deck) {
    expect(refusing).toEqual([]);
    expect(result.deck.questions.length).toBeGreaterThan(0);
    const ids = result.deck.questions.map((q) => q.id);
    if (mode === "import") expect(new Set(ids).size).toBe(ids.length);
    for (const q of result.deck.questions) {
      expect(result.deck.sections).toContain(q.section);
      expect(q.line).toBeGreaterThanOrEqual(1);
      expect(q.hash).toMatch(/^[0-9a-f]{8}$/);
      expect(q.answer).toBe(q.answer.trim());
    }
    // An empty answer is never silent: each one comes with its E021.
    const empty = result.deck.questions.filter((q) => q.answer === "").length;
    expect(result.problems.filter((p) => p.code === "E021").length).toBeGreaterThanOrEqual(empty);
    expect(result.dialect).toBeDefined();
  } else {
    expect(refusing.length).toBeGreaterThan(0);
  }
  for (const p of result.problems) {
    expect(p.file).toBe("prop.md");
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(p.code).toMatch(/^[EW]\d{3}$/);
    expect(p.code, p.message).not.toBe("E000");
    expect(p.message).not.toBe("");
  }
}

describe("compileDeck never throws", () => {
  for (const mode of ["strict", "import"] as const) {
    it(`turns any string into a deck or problems (${mode})`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 200 }), deckText), (text) => {
          expectWellFormed(compileDeck(text, { file: "prop.md", mode }), mode);
        }),
        { numRuns: 400 },
      );
    });

    it(`turns any bytes into a deck or problems (${mode})`, () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.uint8Array({ maxLength: 400 }), deckText.map((t) => new TextEncoder().encode(t))),
          (bytes) => {
            expectWellFormed(compileDeck(bytes, { file: "prop.md", mode }), mode);
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it("reads any mix of import dialects and noise into a deck or problems, answers non-empty unless warned", () => {
    fc.assert(
      fc.property(importText, (text) => {
        expectWellFormed(compileDeck(text, { file: "prop.md", mode: "import" }), "import");
      }),
      { numRuns: 500 },
    );
  });

  it("problems of imported files point at lines that exist in the file", () => {
    fc.assert(
      fc.property(importText, (text) => {
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const p of compileDeck(text, { file: "prop.md", mode: "import" }).problems) {
          expect(p.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("problems point at lines that exist in the file", () => {
    fc.assert(
      fc.property(deckText, (text) => {
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const p of compileDeck(text, { file: "prop.md", mode: "strict" }).problems) {
          expect(p.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives hostile nesting without running out of stack", () => {
    for (const text of [
      ">".repeat(10_000) + " deep",
      "[".repeat(10_000),
      Array.from({ length: 150 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"),
    ]) {
      const result = compileDeck(text, { file: "prop.md", mode: "import" });
      expect(result.problems.map((p) => p.code)).toEqual(["E050"]);
    }
  });
});
