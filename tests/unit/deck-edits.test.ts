import { describe, expect, it } from "vitest";
import { withDeckId, withSectionTitles, withTitle } from "../../src/deck/deck-edits.ts";
import type { Deck, Question } from "../../src/deck/deck-types.ts";

function question(local: string, section: string): Question {
  return {
    id: `mine/${local}`,
    deckId: "mine",
    label: local.toUpperCase(),
    kind: "concept",
    section,
    prompt: `Prompt ${local}`,
    answer: "An answer.",
    keyPoints: [],
    hash: "h",
    line: 1,
  };
}

const deck: Deck = {
  id: "mine",
  title: "My deck",
  tags: [],
  sourcePath: "mine.md",
  sections: ["Networking", "Storage", "Compute"],
  questions: [question("q1", "Networking"), question("q2", "Storage"), question("q3", "Compute")],
};

describe("withDeckId", () => {
  it("moves every question id and deck id to the new deck id", () => {
    const moved = withDeckId(deck, "mine-2");
    expect(moved.id).toBe("mine-2");
    expect(moved.questions.map((q) => q.id)).toEqual(["mine-2/q1", "mine-2/q2", "mine-2/q3"]);
    expect(moved.questions.every((q) => q.deckId === "mine-2")).toBe(true);
    expect(deck.questions[0]?.id).toBe("mine/q1");
  });

  it("slugs the id and keeps the deck when nothing changes", () => {
    expect(withDeckId(deck, "My Deck!").id).toBe("my-deck");
    expect(withDeckId(deck, "mine")).toBe(deck);
    expect(withDeckId(deck, "  ")).toBe(deck);
  });
});

describe("withTitle", () => {
  it("trims the new title and ignores a blank one", () => {
    expect(withTitle(deck, "  Cloud notes ").title).toBe("Cloud notes");
    expect(withTitle(deck, "   ")).toBe(deck);
  });
});

describe("withSectionTitles", () => {
  it("renames sections in the list and on each question", () => {
    const renamed = withSectionTitles(deck, { Storage: "Object storage" });
    expect(renamed.sections).toEqual(["Networking", "Object storage", "Compute"]);
    expect(renamed.questions.map((q) => q.section)).toEqual(["Networking", "Object storage", "Compute"]);
  });

  it("merges two sections renamed to one title, in the place of the first", () => {
    const merged = withSectionTitles(deck, { Networking: "Infra", Compute: "Infra" });
    expect(merged.sections).toEqual(["Infra", "Storage"]);
    expect(merged.questions.map((q) => q.section)).toEqual(["Infra", "Storage", "Infra"]);
  });

  it("ignores blank and unknown renames", () => {
    expect(withSectionTitles(deck, { Storage: "  ", Unknown: "X" })).toBe(deck);
  });

  it("takes section names such as constructor or toString as names, not as the renames object's methods", () => {
    const odd: Deck = {
      ...deck,
      sections: ["constructor", "toString", "valueOf", "__proto__"],
      questions: [question("q1", "constructor"), question("q2", "toString"), question("q3", "valueOf"), question("q4", "__proto__")],
    };
    expect(withSectionTitles(odd, {})).toBe(odd);
    const renamed = withSectionTitles(odd, { toString: "Strings" });
    expect(renamed.sections).toEqual(["constructor", "Strings", "valueOf", "__proto__"]);
    expect(renamed.questions.map((q) => q.section)).toEqual(["constructor", "Strings", "valueOf", "__proto__"]);
  });
});
