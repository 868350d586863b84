import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileResult, Deck, Question } from "../../src/deck/deck-types.ts";

const FIXTURES = "tests/fixtures/decks/import";

function importFixture(name: string): CompileResult {
  const file = `${FIXTURES}/${name}`;
  return compileDeck(readFileSync(file), { file, mode: "import" });
}

function importText(text: string, file = "mine.md"): CompileResult {
  return compileDeck(text, { file, mode: "import" });
}

function deckOf(result: CompileResult): Deck {
  if (!result.deck) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.deck;
}

/** What a person checks first: where each question is, what it asks, under which topic. */
function outline(deck: Deck): [number, string, string][] {
  return deck.questions.map((q) => [q.line, q.section, q.prompt]);
}

function byPrompt(deck: Deck, start: string): Question {
  const found = deck.questions.find((q) => q.prompt.startsWith(start));
  if (!found) throw new Error(`no question starting "${start}"`);
  return found;
}

describe("heading dialect", () => {
  const result = importFixture("heading.md");
  const deck = deckOf(result);

  it("reads questions at the file's question level, numbering stripped, prose headings skipped", () => {
    expect(result.dialect).toBe("heading");
    expect(result.problems).toEqual([]);
    expect(deck.title).toBe("Kitchen Science Notes");
    expect(outline(deck)).toEqual([
      [7, "Heat", "Why does water boil at a lower temperature on a mountain?"],
      [15, "Heat", "What does a pressure cooker change?"],
      [26, "Heat", "How does a microwave oven heat food?"],
      [32, "Chemistry", "What is the Maillard reaction?"],
      [41, "Chemistry", "Explain why salt makes ice melt"],
    ]);
    expect(deck.sections).toEqual(["Heat", "Chemistry"]);
  });

  it("keeps deeper headings and code in the answer, skips Answer markers, stops at a rule and at prose headings", () => {
    expect(byPrompt(deck, "Why does water").answer).toBe(
      "Air pressure is lower up there, so the vapour pressure of water reaches it sooner.\n\n#### In numbers\n\nAt about 3000 m water boils near 90 °C.",
    );
    expect(byPrompt(deck, "What does a pressure").answer).toBe(
      "It raises the pressure inside the pot, so water boils above 100 °C and food cooks faster.\n\n- Seal the lid\n- Let the pressure drop before opening",
    );
    expect(byPrompt(deck, "What does a pressure").keyPoints).toEqual(["Seal the lid", "Let the pressure drop before opening"]);
    expect(byPrompt(deck, "How does a microwave").answer).toBe(
      "It makes water molecules rotate back and forth; friction between them turns into heat.",
    );
    expect(byPrompt(deck, "What is the Maillard").answer).toContain("# not a heading: a comment in a code block");
    expect(byPrompt(deck, "Explain why salt").answer).not.toContain("books");
  });

  it("gives a `Q1:` number its canonical id and label, others an id from the prompt and the file's own number as label", () => {
    expect(deck.questions.map((q) => [q.label, q.id])).toEqual([
      ["Q1", "heading/q1"],
      ["Q2", "heading/what-does-a-pressure-cooker-change"],
      ["Q3", "heading/how-does-a-microwave-oven-heat-food"],
      ["#4", "heading/what-is-the-maillard-reaction"],
      ["#5", "heading/explain-why-salt-makes-ice-melt"],
    ]);
  });

  it.each([
    ["Q12: Why?", "Why?"],
    ["Q. Why?", "Why?"],
    ["Q: Why?", "Why?"],
    ["12. Why?", "Why?"],
    ["12) Why?", "Why?"],
    ["Question 12: Why?", "Why?"],
    ["Question 7 - Why?", "Why?"],
    ["1️⃣ Why?", "Why?"],
    ["1️⃣2️⃣ Why?", "Why?"],
    ["🔟 Why?", "Why?"],
    ["2.1. Why?", "Why?"],
    ["Q-learning: why?", "Q-learning: why?"],
    ["2024 budget: why?", "2024 budget: why?"],
  ])("strips the numbering of `## %s`", (heading, prompt) => {
    const deck = deckOf(importText(`# T\n\n## ${heading}\n\nBecause.\n\n## What else?\n\nMore.\n`));
    expect(deck.questions[0]?.prompt).toBe(prompt);
    expect(deck.questions[0]?.answer).toBe("Because.");
  });

  it("reads the level where headings ask most, with shallower headings as sections", () => {
    const text = "# Deck\n\n## Basics\n\n### What is a?\n\nA.\n\n### What is b?\n\nB.\n\n## More\n\n### Why c?\n\nC.\n";
    const result = importText(text);
    expect(result.dialect).toBe("heading");
    expect(deckOf(result).questions.map((q) => [q.section, q.prompt, q.answer])).toEqual([
      ["Basics", "What is a?", "A."],
      ["Basics", "What is b?", "B."],
      ["More", "Why c?", "C."],
    ]);
  });
});

describe("list-heading dialect", () => {
  const result = importFixture("list-heading.md");
  const deck = deckOf(result);

  it("reads numbered items that start with a heading, with the item's sections and lines", () => {
    expect(result.dialect).toBe("list-heading");
    expect(result.problems).toEqual([]);
    expect(outline(deck)).toEqual([
      [5, "Soil", "What does compost add to soil?"],
      [12, "Soil", "Why test the soil's pH?"],
      [25, "Water", "How often should seedlings be watered?"],
      [28, "Water", "When is the best time of day to water?"],
    ]);
  });

  it("takes the rest of the item as the answer, dedented, marker skipped", () => {
    expect(deck.questions[0]?.answer).toBe(
      "Organic matter that feeds soil life and holds water.\n\n- Improves structure\n- Adds slow-release nutrients",
    );
    expect(deck.questions[0]?.keyPoints).toEqual(["Improves structure", "Adds slow-release nutrients"]);
    expect(deck.questions[1]?.answer).toBe(
      "Most vegetables like a pH between 6 and 7; outside that range they cannot take up some nutrients.\n\n```sh\n# a kit reading\nph=6.5\n```",
    );
    expect(deck.questions[2]?.answer).toBe("Little and often: keep the top layer moist but never soggy.");
  });
});

describe("details dialect", () => {
  const result = importFixture("details.md");
  const deck = deckOf(result);

  it("reads each <details> summary as a question, at the summary's line", () => {
    expect(result.dialect).toBe("details");
    expect(result.problems).toEqual([]);
    expect(outline(deck)).toEqual([
      [6, "Tyres", "How do you find a slow puncture?"],
      [16, "Tyres", "What tyre pressure should a road bike run?"],
      [31, "Chain", "How often should a chain be oiled?"],
      [35, "Chain", "Why does a chain skip under load?"],
      [40, "Chain", "What does a chain checker measure?"],
    ]);
    expect(deck.questions.slice(0, 2).map((q) => q.id)).toEqual(["details/q1", "details/q2"]);
  });

  it("takes the body as the answer: Markdown between HTML blocks, nested details kept, one-block bodies too", () => {
    expect(deck.questions[0]?.answer).toBe(
      "Pump the tube up and hold it under water: bubbles show the hole.\n\n- Mark the spot with chalk\n- Check the tyre for the thorn that did it",
    );
    expect(deck.questions[0]?.keyPoints).toEqual(["Mark the spot with chalk", "Check the tyre for the thorn that did it"]);
    expect(deck.questions[1]?.answer).toMatch(/^Usually 80–100 psi.*\n\n<details>\n<summary>Hint<\/summary>[\s\S]*<\/details>$/);
    expect(deck.questions[2]?.answer).toBe("Every few hundred kilometres, or after a wet ride.\nWipe off what the links do not soak up.");
    expect(deck.questions[3]?.answer).toBe("It has stretched, or the cassette teeth are worn.");
    expect(deck.questions[4]?.answer).toBe("How far the chain has stretched, as a percentage of its length.");
  });
});

describe("reveal dialect", () => {
  const result = importFixture("reveal.md");
  const deck = deckOf(result);

  it("reads the paragraph, heading or list item before each Answer block as its question", () => {
    expect(result.dialect).toBe("reveal");
    expect(result.problems).toEqual([]);
    expect(outline(deck)).toEqual([
      [5, "The Moon", "Why do we always see the same side of the Moon?"],
      [14, "The Moon", "What causes a lunar eclipse?"],
      [24, "Planets", "Which planet has the shortest day?"],
      [33, "Planets", "Why is Venus hotter than Mercury?"],
    ]);
  });

  it("takes what the details hide as the answer, without the <p> wrapper", () => {
    expect(deck.questions.map((q) => q.answer)).toEqual([
      "It is tidally locked: it turns once on its axis for each orbit around Earth.",
      "Earth passes between the Sun and the Moon, and its shadow falls on the Moon.",
      "Jupiter: it spins once in just under ten hours.",
      "Its thick carbon dioxide atmosphere traps heat.",
    ]);
  });
});

describe("bold-marker dialect", () => {
  const result = importFixture("bold-marker.md");
  const deck = deckOf(result);

  it("reads Q markers as questions, whether the answer shares their paragraph or not", () => {
    expect(result.dialect).toBe("bold-marker");
    expect(result.problems).toEqual([]);
    expect(outline(deck)).toEqual([
      [5, "Grinding", "Why grind beans just before brewing?"],
      [8, "Grinding", "What grind suits a French press?"],
      [18, "Water", "What water temperature is best for pour-over?"],
      [25, "Water", "Does the water's hardness matter?"],
    ]);
  });

  it("runs each answer from its A marker to the next question, heading or rule", () => {
    expect(deck.questions.map((q) => q.answer)).toEqual([
      "Ground coffee loses its aroma within minutes as oils oxidise.",
      "A coarse grind, like sea salt, so the filter holds it back.\n\nThe brew takes about four minutes.",
      "Between 90 and 96 °C.\n\n- Too hot extracts bitter compounds\n- Too cool tastes sour",
      "Yes: some minerals help extraction, but very hard water dulls the taste.",
    ]);
    expect(deck.questions[2]?.keyPoints).toEqual(["Too hot extracts bitter compounds", "Too cool tastes sour"]);
  });
});

describe("choosing a dialect", () => {
  it("reads the seed as canonical in import mode, exactly as in strict mode", () => {
    const bytes = readFileSync("content/aws-cloud.md");
    const imported = compileDeck(bytes, { file: "content/aws-cloud.md", mode: "import" });
    const strict = compileDeck(bytes, { file: "content/aws-cloud.md", mode: "strict" });
    expect(imported.dialect).toBe("canonical");
    expect(strict.dialect).toBe("canonical");
    expect(imported.problems).toEqual([]);
    expect(imported.deck).toEqual(strict.deck);
  });

  it("lets the canonical dialect win a tie", () => {
    // Both canonical and heading find the same two questions here.
    const result = importText("# T\n\n## S\n\n### Q1: What?\n\n**Answer:** This.\n\n### Q2: Why?\n\n**Answer:** That.\n");
    expect(result.dialect).toBe("canonical");
  });

  it("takes the dialect that finds most questions", () => {
    const text = "# T\n\n## S\n\n**Q:** One?\n**A:** 1.\n\n**Q:** Two?\n**A:** 2.\n\n<details><summary>Three?</summary>\n3.\n</details>\n";
    const result = importText(text);
    expect(result.dialect).toBe("bold-marker");
    expect(result.deck?.questions).toHaveLength(2);
  });

  it("follows `format:` in the front matter, even where another dialect finds more", () => {
    const result = importFixture("forced-format.md");
    expect(result.dialect).toBe("details");
    expect(result.problems).toEqual([]);
    expect(deckOf(result).questions.map((q) => [q.line, q.prompt, q.answer])).toEqual([
      [17, "How many legs does an insect have?", "Six, on three pairs."],
    ]);
  });

  it("reports no dialect for a file refused before it is read", () => {
    expect(importText("a\0b").dialect).toBeUndefined();
    expect(importText("no questions here").dialect).toBe("canonical");
  });
});
