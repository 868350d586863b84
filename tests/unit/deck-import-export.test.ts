import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { deckToMarkdown } from "../../src/deck/deck-to-markdown.ts";
import type { CompileMode, Deck } from "../../src/deck/deck-types.ts";

const FIXTURES = "tests/fixtures/decks/import";

function compile(source: string | Uint8Array, file: string, mode: CompileMode): Deck {
  const { deck, problems } = compileDeck(source, { file, mode });
  if (!deck) throw new Error(`refused: ${JSON.stringify(problems)}`);
  return deck;
}

/** What must survive a trip through canonical Markdown. */
function essence(deck: Deck) {
  return {
    id: deck.id,
    title: deck.title,
    sections: deck.sections,
    questions: deck.questions.map((q) => ({ id: q.id, kind: q.kind, section: q.section, prompt: q.prompt, answer: q.answer })),
  };
}

describe("deckToMarkdown", () => {
  it.each([
    `${FIXTURES}/heading.md`,
    `${FIXTURES}/list-heading.md`,
    `${FIXTURES}/details.md`,
    `${FIXTURES}/reveal.md`,
    `${FIXTURES}/bold-marker.md`,
    `${FIXTURES}/noise.md`,
    `${FIXTURES}/mdx.md`,
    `${FIXTURES}/warn-e040-no-section.md`,
    "content/aws-cloud.md",
  ])("writes %s so that strict mode reads back the same ids, prompts, answers, sections and kinds", (file) => {
    const imported = compile(readFileSync(file), file, "import");
    const markdown = deckToMarkdown(imported);
    const result = compileDeck(markdown, { file: "exported.md", mode: "strict" });
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.dialect).toBe("canonical");
    expect(result.deck && essence(result.deck)).toEqual(essence(imported));
    // Imported again (as a person would), it is still the same deck.
    expect(essence(compile(markdown, "exported.md", "import"))).toEqual(essence(imported));
  });

  it("writes front matter, title, sections, per-kind numbers, answers and rules", () => {
    const deck: Deck = {
      id: "sea",
      title: "The Sea",
      description: "Salt water",
      tags: ["nature", "water"],
      sourcePath: "sea.md",
      sections: ["Waves", "Storms"],
      questions: [
        { id: "sea/q1", deckId: "sea", label: "Q1", kind: "concept", section: "Waves", prompt: "What makes waves?", answer: "Wind.", keyPoints: [], hash: "00000000", line: 1 },
        { id: "sea/rogue", deckId: "sea", label: "#2", kind: "concept", section: "Waves", prompt: "What is a rogue wave?", answer: "A giant.", keyPoints: [], hash: "00000000", line: 2 },
        { id: "sea/s1", deckId: "sea", label: "S1", kind: "scenario", section: "Storms", prompt: "A storm is coming. What now?", answer: "Reef the sails.", keyPoints: [], hash: "00000000", line: 3 },
      ],
      lastUpdated: "May 1, 2025",
    };
    expect(deckToMarkdown(deck)).toBe(
      [
        "---",
        "id: sea",
        "title: The Sea",
        "description: Salt water",
        "tags:",
        "  - nature",
        "  - water",
        "---",
        "",
        "# The Sea",
        "",
        "## Waves",
        "",
        "### Q1: What makes waves?",
        "",
        "**Answer:**",
        "",
        "Wind.",
        "",
        "---",
        "",
        "### Q2: What is a rogue wave?",
        "<!-- id: rogue -->",
        "",
        "**Answer:**",
        "",
        "A giant.",
        "",
        "---",
        "",
        "## Storms",
        "",
        "### S1: A storm is coming. What now?",
        "",
        "**Answer:**",
        "",
        "Reef the sails.",
        "",
        "---",
        "",
        "**Last Updated:** May 1, 2025",
        "",
      ].join("\n"),
    );
    const back = compileDeck(deckToMarkdown(deck), { file: "other-name.md", mode: "strict" });
    expect(back.problems).toEqual([]);
    expect(back.deck).toMatchObject({ id: "sea", title: "The Sea", description: "Salt water", tags: ["nature", "water"], lastUpdated: "May 1, 2025" });
    expect(back.deck?.questions.map((q) => [q.id, q.kind, q.label])).toEqual([
      ["sea/q1", "concept", "Q1"],
      ["sea/rogue", "concept", "Q2"],
      ["sea/s1", "scenario", "S1"],
    ]);
  });

  it.each([
    "What do *args and **kwargs mean?",
    "Why is `x_y_z` in _snake_ case?",
    "What is [a] link, ![b] and <b>bold</b>?",
    "What does &amp; turn into, and & alone?",
    "What is ~~struck~~ and C#",
    "Is a \\ backslash kept?",
    "Q2: a prompt that starts like a number",
  ])("escapes %j so strict mode reads it back as written", (prompt) => {
    const deck: Deck = {
      id: "esc",
      title: "A *starred* <title>",
      tags: [],
      sourcePath: "esc.md",
      sections: ["Section_with_under_scores"],
      questions: [{ id: "esc/q1", deckId: "esc", label: "Q1", kind: "concept", section: "Section_with_under_scores", prompt, answer: "Yes.", keyPoints: [], hash: "00000000", line: 1 }],
    };
    const back = compile(deckToMarkdown(deck), "esc.md", "strict");
    expect(essence(back)).toEqual(essence(deck));
  });

  it("moves questions up to `##` (sections `#`) when an answer holds a `###` heading", () => {
    const text = "# Deck\n\n## Topic\n\n<details><summary>Why?</summary>\n\nBecause.\n\n### Details\n\nMore.\n\n</details>\n";
    const imported = compile(text, "lv.md", "import");
    const markdown = deckToMarkdown(imported);
    expect(markdown).toContain("\n# Topic\n\n## Q1: Why?\n");
    expect(essence(compile(markdown, "lv.md", "strict"))).toEqual(essence(imported));
  });

  it("closes a fence left open in an answer, so it cannot swallow the questions after it", () => {
    const text = "# T\n\n## S\n\n<details><summary>One?</summary>\n```\ncode\n</details>\n\n<details><summary>Two?</summary>\n\nTwo.\n\n</details>\n";
    const imported = compile(text, "open.md", "import");
    expect(imported.questions[0]?.answer).toBe("```\ncode");
    const back = compile(deckToMarkdown(imported), "open.md", "strict");
    expect(back.questions.map((q) => [q.prompt, q.answer])).toEqual([
      ["One?", "```\ncode\n```"],
      ["Two?", "Two."],
    ]);
  });

  it("ends a canonical answer at its rule, as DECK-FORMAT.md says, and reports text after it in both modes", () => {
    const text = "# T\n\n## S\n\n### Q1: One?\n\n**Answer:** Part one.\n\n---\n\nPart two.\n\n---\n\n### Q2: Two?\n\n**Answer:** Two.\n";
    for (const mode of ["strict", "import"] as const) {
      const result = compileDeck(text, { file: "rule.md", mode });
      expect(result.deck?.questions.map((q) => q.answer)).toEqual(["Part one.", "Two."]);
      expect(result.problems.map((p) => [p.code, p.line, p.severity])).toEqual([["W022", 11, "warning"]]);
    }
  });
});
