import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";

const FIXTURES = "tests/fixtures/decks/import";

/** prompt → id of every question of a file read in import mode. */
function idsByPrompt(text: string, file: string): Map<string, string> {
  const { deck } = compileDeck(text, { file, mode: "import" });
  if (!deck) throw new Error("refused");
  return new Map(deck.questions.map((q) => [q.prompt, q.id]));
}

/** Per dialect fixture: an answer to reword, where to add a question, and that question in the same dialect. */
const EDITS: { fixture: string; answer: string; after: string; added: string; addedPrompt: string }[] = [
  {
    fixture: "heading.md",
    answer: "It raises the pressure inside the pot",
    after: "## Heat\n",
    added: "\n### What does a lid change?\n\nLess heat escapes.\n",
    addedPrompt: "What does a lid change?",
  },
  {
    fixture: "list-heading.md",
    answer: "Organic matter that feeds soil life",
    after: "## Water\n",
    added: "\n1. ### Is rain water better?\n\n   Often: it holds no chlorine.\n",
    addedPrompt: "Is rain water better?",
  },
  {
    fixture: "details.md",
    answer: "It has stretched, or the cassette teeth are worn.",
    after: "## Tyres\n",
    added: "\n<details>\n<summary>Why carry a spare tube?</summary>\n\nSwapping is faster than patching.\n\n</details>\n",
    addedPrompt: "Why carry a spare tube?",
  },
  {
    fixture: "reveal.md",
    answer: "Jupiter: it spins once",
    after: "## The Moon\n",
    added: "\nHow far away is the Moon?\n\n<details><summary>Answer</summary>\n\nAbout 384,000 km.\n\n</details>\n",
    addedPrompt: "How far away is the Moon?",
  },
  {
    fixture: "bold-marker.md",
    answer: "Between 90 and 96 °C.",
    after: "## Grinding\n",
    added: "\n**Q:** Burr or blade grinder?\n\n**A:** Burr: the grind comes out even.\n",
    addedPrompt: "Burr or blade grinder?",
  },
];

describe("ids stay the same when a person re-imports an edited file", () => {
  it.each(EDITS)("$fixture: rewording an answer and adding a question change no other id", ({ fixture, answer, after, added, addedPrompt }) => {
    const file = `${FIXTURES}/${fixture}`;
    const original = readFileSync(file, "utf8");
    const before = idsByPrompt(original, file);
    expect(before.size).toBeGreaterThan(2);

    expect(original).toContain(answer);
    const reworded = idsByPrompt(original.replace(answer, `${answer} Reworded and longer now.`), file);
    expect(reworded).toEqual(before);

    expect(original).toContain(after);
    const grown = idsByPrompt(original.replace(after, `${after}${added}`), file);
    expect(grown.has(addedPrompt)).toBe(true);
    grown.delete(addedPrompt);
    expect(grown).toEqual(before);
  });

  it("keeps a question's hash while the text stays, and changes it when its answer changes", () => {
    const file = `${FIXTURES}/details.md`;
    const text = readFileSync(file, "utf8");
    const hashes = (source: string) => compileDeck(source, { file, mode: "import" }).deck?.questions.map((q) => q.hash) ?? [];
    const before = hashes(text);
    const after = hashes(text.replace("It has stretched", "It has worn"));
    expect(after[0]).toBe(before[0]);
    expect(after[3]).not.toBe(before[3]);
  });
});
