import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileMode, CompileResult } from "../../src/deck/deck-types.ts";
import { formatProblem } from "../../src/deck/format-problem.ts";

const FIXTURES = "tests/fixtures/decks";

function compileFixture(name: string, mode: CompileMode = "strict"): CompileResult {
  const file = `${FIXTURES}/${name}`;
  return compileDeck(readFileSync(file), { file, mode });
}

/** `CODE@line` of every problem, in the order reported. */
function codesAndLines(result: CompileResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.line}`);
}

describe("strict mode: every problem code at the line a person fixes", () => {
  it.each([
    ["e001-nul-byte.md", ["E001@7"]],
    ["e001-invalid-utf8.md", ["E001@5"]],
    ["e002-unclosed-front-matter.md", ["E002@1"]],
    ["e002-invalid-yaml.md", ["E002@3"]],
    ["e012-unclosed-fence.md", ["E012@17"]],
    ["e013-unclosed-html.md", ["E013@9", "E013@20"]],
    ["e020-no-answer-marker.md", ["E020@10"]],
    ["e021-empty-answer.md", ["E021@7"]],
    ["e022-orphan-answer.md", ["E022@5", "E022@12"]],
    ["e030-duplicate-ids.md", ["E030@13", "E030@23"]],
    ["e040-question-before-section.md", ["E040@3"]],
    ["e050-no-questions.md", ["E050@1"]],
  ])("%s → %j, and no deck", (name, expected) => {
    const result = compileFixture(name);
    expect(codesAndLines(result)).toEqual(expected);
    expect(result.deck).toBeNull();
    for (const p of result.problems) {
      expect(p.severity).toBe("error");
      expect(p.file).toBe(`${FIXTURES}/${name}`);
      expect(p.message.length).toBeGreaterThan(20);
    }
  });

  it("warns without failing: front matter key, numbering, sections, links, levels, stray text and headings", () => {
    const result = compileFixture("warnings.md");
    expect(codesAndLines(result)).toEqual([
      "W010@3",
      "W001@13",
      "W003@15",
      "W003@15",
      "W002@17",
      "W001@19",
      "W006@21",
      "W004@25",
      "W005@29",
      "W007@33",
    ]);
    for (const p of result.problems) expect(p.severity).toBe("warning");
    expect(result.deck?.questions.map((q) => q.label)).toEqual(["Q1", "Q3", "Q2", "Q4", "Q5"]);
    expect(result.deck?.questions[3]?.answer).toBe("A level-4 question heading.");
    expect(result.deck?.sections).toEqual(["Basics"]);
  });

  it("says what to do in the deck author's words", () => {
    const messages = (name: string) => compileFixture(name).problems.map((p) => p.message);
    expect(messages("e012-unclosed-fence.md")[0]).toContain("add a line with ~~~~");
    expect(messages("e020-no-answer-marker.md")[0]).toContain("Q2 has no answer");
    expect(messages("e030-duplicate-ids.md")[0]).toContain("line 5");
    expect(messages("e030-duplicate-ids.md")[0]).toContain("line 13");
    expect(messages("e030-duplicate-ids.md")[1]).toContain('"e030-duplicate-ids/shared"');
    expect(messages("warnings.md")[1]).toContain("Q2 is missing");
    expect(messages("e001-nul-byte.md")[0]).toContain("not a text file");
  });

  it("formats problems as file:line: severity CODE: message", () => {
    const [problem] = compileFixture("e020-no-answer-marker.md").problems;
    expect(problem && formatProblem(problem)).toMatch(
      /^tests\/fixtures\/decks\/e020-no-answer-marker\.md:10: error E020: Q2 has no answer/,
    );
  });

  it("finds the opener of a fence left open inside a list item or a quote", () => {
    const inList = "# T\n\n## S\n\n### Q1: Q?\n\n**Answer:**\n\n- step\n\n  ```bash\n  ls\n- next step\n";
    expect(codesAndLines(compileDeck(inList, { file: "t.md", mode: "strict" }))).toEqual(["E012@11"]);
    const inQuote = "# T\n\n## S\n\n### Q1: Q?\n\n**Answer:**\n\n> ```\n> code\n\nafter\n";
    expect(codesAndLines(compileDeck(inQuote, { file: "t.md", mode: "strict" }))).toEqual(["E012@9"]);
    const closed = "# T\n\n## S\n\n### Q1: Q?\n\n**Answer:**\n\n- step\n\n  ````\n  ```\n  ````\n\n> ~~~\n> x\n> ~~~\n";
    expect(compileDeck(closed, { file: "t.md", mode: "strict" }).problems).toEqual([]);
  });

  it("reports a second <summary> left open, and accepts matched <details>", () => {
    const ok = "# T\n\n## S\n\n### Q1: Q?\n\n**Answer:**\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n";
    expect(compileDeck(ok, { file: "t.md", mode: "strict" }).problems).toEqual([]);
    const open = "# T\n\n## S\n\n### Q1: Q?\n\n**Answer:**\n\n<details>\n<summary>More\n\nHidden.\n\n</details>\n";
    expect(codesAndLines(compileDeck(open, { file: "t.md", mode: "strict" }))).toEqual(["E013@10"]);
  });
});

describe("import mode: only fatal problems refuse the file", () => {
  it.each([
    ["e001-nul-byte.md", "E001"],
    ["e002-unclosed-front-matter.md", "E002"],
    ["e002-invalid-yaml.md", "E002"],
    ["e012-unclosed-fence.md", "E012"],
    ["e050-no-questions.md", "E050"],
  ])("%s: %s is fatal", (name, code) => {
    const result = compileFixture(name, "import");
    expect(result.deck).toBeNull();
    const problem = result.problems.find((p) => p.code === code);
    expect(problem).toMatchObject({ severity: "error", fatal: true });
    expect(formatProblem(problem!)).toContain(`: error ${code}:`);
  });

  it("keeps a deck with unclosed HTML, stray markers and duplicate ids, as warnings", () => {
    for (const name of ["e013-unclosed-html.md", "e022-orphan-answer.md", "e030-duplicate-ids.md"]) {
      const result = compileFixture(name, "import");
      expect(result.deck, name).not.toBeNull();
      expect(result.problems.length, name).toBeGreaterThan(0);
      for (const p of result.problems) expect(p, name).toMatchObject({ severity: "warning" });
      for (const p of result.problems) expect(p.fatal, name).toBeUndefined();
    }
  });

  it("renames the second of two questions with the same id", () => {
    const ids = compileFixture("e030-duplicate-ids.md", "import").deck?.questions.map((q) => q.id);
    expect(ids).toEqual([
      "e030-duplicate-ids/q1",
      "e030-duplicate-ids/q2",
      "e030-duplicate-ids/q1-2",
      "e030-duplicate-ids/shared",
      "e030-duplicate-ids/shared-2",
    ]);
  });

  it("keeps an empty answer (for leaving out of scored sessions) with a warning", () => {
    const result = compileFixture("e021-empty-answer.md", "import");
    expect(codesAndLines(result)).toEqual(["E021@7"]);
    expect(result.problems[0]?.severity).toBe("warning");
    expect(result.deck?.questions.map((q) => [q.label, q.answer])).toEqual([
      ["Q1", ""],
      ["Q2", "One with text."],
    ]);
  });

  it("puts a question before any section into a section named after the deck", () => {
    const result = compileFixture("e040-question-before-section.md", "import");
    expect(result.problems).toEqual([]);
    expect(result.deck?.questions.map((q) => q.section)).toEqual(["No section yet", "Later section"]);
    expect(result.deck?.sections).toEqual(["No section yet", "Later section"]);
  });

  it("reads a numbered question without a marker as heading + answer", () => {
    const result = compileFixture("e020-no-answer-marker.md", "import");
    expect(result.problems).toEqual([]);
    expect(result.deck?.questions[1]).toMatchObject({ label: "Q2", answer: "A connection-oriented protocol." });
  });
});
