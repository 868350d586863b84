import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileResult } from "../../src/deck/deck-types.ts";
import { formatProblem } from "../../src/deck/format-problem.ts";

const FIXTURES = "tests/fixtures/decks/import";

function importFixture(name: string): CompileResult {
  const file = `${FIXTURES}/${name}`;
  return compileDeck(readFileSync(file), { file, mode: "import" });
}

function codesAndLines(result: CompileResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.line}`);
}

describe("import warnings: the deck is kept, each problem at the line to fix", () => {
  it.each([
    ["warn-e013-unclosed-details.md", "details", ["E013@12"]],
    ["warn-e021-empty-answer.md", "details", ["E021@13"]],
    ["warn-e022-orphan-marker.md", "bold-marker", ["E022@7", "E022@13"]],
    ["warn-e030-duplicate-ids.md", "heading", ["E030@9", "E030@19"]],
    ["warn-e040-no-section.md", "heading", []],
    ["warn-w006-stray-text.md", "bold-marker", ["W006@7"]],
    ["warn-w020-mixed.md", "bold-marker", ["W020@20"]],
    ["warn-w023-topic-heading.md", "heading", ["W023@26"]],
    ["warn-w022-bold-marker.md", "bold-marker", ["W022@11"]],
  ])("%s → %s, %j", (name, dialect, expected) => {
    const result = importFixture(name);
    expect(result.dialect).toBe(dialect);
    expect(codesAndLines(result)).toEqual(expected);
    expect(result.deck).not.toBeNull();
    for (const p of result.problems) {
      expect(p.severity).toBe("warning");
      expect(p.fatal).toBeUndefined();
      expect(p.file).toBe(`${FIXTURES}/${name}`);
      expect(formatProblem(p)).toMatch(new RegExp(`^${FIXTURES}/${name}:\\d+: warning [EW]\\d{3}: .{30,}`));
    }
  });

  it("E013: an unclosed <details> runs to the end of the file, with the fix named", () => {
    const result = importFixture("warn-e013-unclosed-details.md");
    expect(result.problems[0]?.message).toBe("this <details> is never closed: add </details> where it ends");
    expect(result.deck?.questions.map((q) => q.answer)).toEqual([
      "Often the robin, sometimes an hour before sunrise.",
      "Safety in numbers: a hawk struggles to pick one bird out of a swirling cloud.",
    ]);
  });

  it("E021: an empty answer is kept, and the warning quotes the question", () => {
    const result = importFixture("warn-e021-empty-answer.md");
    expect(result.deck?.questions.map((q) => q.answer)).toEqual(["The Danube: ten countries.", ""]);
    expect(result.problems[0]?.message).toContain('"Where does the Rhine begin?"');
  });

  it("E022: an answer marker without a question, and a second one, say what to add", () => {
    const result = importFixture("warn-e022-orphan-marker.md");
    expect(result.problems.map((p) => p.message)).toEqual([
      "this answer marker has no question before it: add a question line such as **Q:** … above it",
      "a second answer marker for the question at line 9: add the missing question line (such as **Q:** …) above it, or remove this marker",
    ]);
    expect(result.deck?.questions.map((q) => q.prompt)).toEqual([
      "What is magma called once it reaches the surface?",
      "What is a dormant volcano?",
    ]);
  });

  it("E030: the second of two questions with one id is renamed, and the warning names both lines", () => {
    const result = importFixture("warn-e030-duplicate-ids.md");
    expect(result.deck?.questions.map((q) => q.id)).toEqual([
      "warn-e030-duplicate-ids/q1",
      "warn-e030-duplicate-ids/q1-2",
      "warn-e030-duplicate-ids/grey-clouds",
      "warn-e030-duplicate-ids/grey-clouds-2",
    ]);
    expect(result.problems[0]?.message).toMatch(/"warn-e030-duplicate-ids\/q1".*line 5.*line 9/);
    expect(result.problems[1]?.message).toMatch(/"warn-e030-duplicate-ids\/grey-clouds".*line 13.*line 18/);
  });

  it("E040: questions before any section go to a section named after the deck, without a warning", () => {
    const result = importFixture("warn-e040-no-section.md");
    expect(result.deck?.sections).toEqual(["Tides"]);
    expect(result.deck?.questions.map((q) => q.section)).toEqual(["Tides", "Tides"]);
    // The canonical dialect reports the same thing as an error in strict mode.
    const strict = compileDeck("# Tides\n\n### Q1: What?\n\n**Answer:** This.\n", { file: "t.md", mode: "strict" });
    expect(codesAndLines(strict)).toEqual(["E040@3"]);
    const imported = compileDeck("# Tides\n\n### Q1: What?\n\n**Answer:** This.\n", { file: "t.md", mode: "import" });
    expect(imported.problems).toEqual([]);
    expect(imported.deck?.questions[0]?.section).toBe("Tides");
  });

  it("W006: text between a question and its answer marker is named, not silently dropped", () => {
    const result = importFixture("warn-w006-stray-text.md");
    expect(result.problems[0]?.message).toContain("the question at line 5");
    expect(result.deck?.questions[0]?.answer).toBe("Layers of sand and mud settle and harden over time.");
  });

  it("W020: questions written in another dialect are named with their lines and what to do", () => {
    const result = importFixture("warn-w020-mixed.md");
    expect(result.problems[0]?.message).toBe(
      "2 questions written as `<details><summary>Question</summary>` blocks (lines 20 and 27) are left out: " +
        "most of this file writes questions as **Q:** and **A:** lines. Write them the same way to include them",
    );
    expect(result.deck?.questions).toHaveLength(3);
  });

  it("W020 stays quiet where the other dialect reads the same text (a heading above **Q:** lines)", () => {
    const result = compileDeck("# T\n\n## Topic\n\n**Q:** One?\n\n**A:** 1.\n\n**Q:** Two?\n\n**A:** 2.\n", { file: "t.md", mode: "import" });
    expect(result.dialect).toBe("bold-marker");
    expect(result.problems).toEqual([]);
  });

  it("W022: in the heading dialect a rule with more text after it stays in the answer, code and all", () => {
    const result = importFixture("warn-w023-topic-heading.md");
    expect(result.deck?.questions.map((q) => q.prompt)).toEqual([
      "Why is the sea salty?",
      "What makes waves?",
      "Tides and currents",
      "How deep is the ocean on average?",
    ]);
    expect(result.deck?.questions[0]?.answer).toBe(
      "Rivers carry dissolved minerals from rocks into the sea, and evaporation leaves the salt behind.\n\n---\n\n" +
        "Most of that salt is sodium chloride.\n\n```text\n# not a heading\nsalinity ≈ 35 g per litre\n```",
    );
    // The rule before the next question still ends the answer.
    expect(result.deck?.questions[1]?.answer).toBe("Mostly wind blowing across the surface.");
  });

  it("W023: a topic heading with an answer below, among question headings, is a question, and says so", () => {
    const result = importFixture("warn-w023-topic-heading.md");
    expect(result.problems).toHaveLength(1);
    const message = result.problems[0]?.message ?? "";
    expect(message).toContain("the heading at line 26 does not read as a question");
    expect(message).toContain("so it is read as a question");
    const topic = result.deck?.questions[2];
    expect(topic?.answer).toBe("Tides follow the Moon; currents follow the wind and the water's density.\n\n- Spring tides come at full and new moon");
    expect(topic?.keyPoints).toEqual(["Spring tides come at full and new moon"]);
    // Never glued to the question above.
    expect(result.deck?.questions[1]?.answer).not.toContain("Tides follow the Moon");
  });

  it("W022: where most headings at the question level are topics, one that is no question is named with the text under it", () => {
    const text = [
      "# Oceans", "", "## Water", "", "### Why is the sea salty?", "", "Minerals from rivers.", "",
      "### Currents", "", "Driven by wind.", "", "### Tides", "", "Driven by the Moon.", "", "### Waves", "", "Driven by wind too.", "",
    ].join("\n");
    const result = compileDeck(text, { file: "oceans.md", mode: "import" });
    expect(result.deck?.questions.map((q) => q.prompt)).toEqual(["Why is the sea salty?"]);
    const message = result.problems.find((p) => p.code === "W022")?.message ?? "";
    expect(message).toContain("the text at lines 9–19 is not part of any question");
    expect(message).toContain('read as a question only when it ends with "?"');
  });

  it("W022: text after the rule that ends a **A:** answer is named, one warning for every run", () => {
    const result = importFixture("warn-w022-bold-marker.md");
    expect(result.problems[0]?.message).toMatch(/^the text at line 11 is not part of any question/);
    expect(result.deck?.questions.map((q) => q.answer)).toEqual([
      "Their insect food disappears in the cold months.",
      "They use the sun, the stars and the Earth's magnetic field.",
    ]);
    const twice = compileDeck(
      "# B\n\n**Q:** One?\n\n**A:** 1.\n\n---\n\nStray one.\n\n**Q:** Two?\n\n**A:** 2.\n\n---\n\nStray two,\nover two lines.\n",
      { file: "t.md", mode: "import" },
    );
    expect(codesAndLines(twice)).toEqual(["W022@9"]);
    expect(twice.problems[0]?.message).toMatch(/^the text at lines 9 and 17–18 is not part/);
  });

  it("W022: text between <details> questions is named", () => {
    const text = [
      "# Trees",
      "",
      "<details><summary>Why do leaves change colour?</summary>",
      "",
      "Chlorophyll breaks down and other pigments show.",
      "",
      "</details>",
      "",
      "Oaks keep dead leaves all winter.",
      "",
      "<details><summary>How old can a tree get?</summary>",
      "",
      "Some bristlecone pines are over 4,800 years old.",
      "",
      "</details>",
      "",
    ].join("\n");
    const result = compileDeck(text, { file: "t.md", mode: "import" });
    expect(result.dialect).toBe("details");
    expect(codesAndLines(result)).toEqual(["W022@9"]);
    expect(result.problems[0]?.message).toMatch(/^the text at line 9 /);
  });

  it("W022 stays quiet on a section with no questions and on text another warning names", () => {
    const noQuestions = "# T\n\n## Topic\n\n**Q:** One?\n\n**A:** 1.\n\n## Further notes\n\nA paragraph about nothing.\n";
    expect(compileDeck(noQuestions, { file: "t.md", mode: "import" }).problems).toEqual([]);
    const orphan = compileDeck("# T\n\n**Q:** One?\n\n**A:** 1.\n\n---\n\n**A:** an orphan.\n", { file: "t.md", mode: "import" });
    expect(codesAndLines(orphan)).toEqual(["E022@9"]);
  });
});
