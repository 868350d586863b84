import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import type { CompileResult } from "../../src/deck/deck-types.ts";

const DECK = [
  "# Line Endings",
  "",
  "## Basics",
  "",
  "### Q1: First?",
  "",
  "**Answer:** Inline answer.",
  "",
  "### Q2: Second?",
  "",
  "**Answer:**",
  "Line one.",
  "Line two.",
].join("\n");

function compile(input: string | Uint8Array, file = "decks/line-endings.md"): CompileResult {
  return compileDeck(input, { file, mode: "strict" });
}

/** What must not change with the file's encoding details. */
function essence(result: CompileResult) {
  return {
    problems: result.problems,
    questions: result.deck?.questions.map((q) => ({ id: q.id, line: q.line, prompt: q.prompt, answer: q.answer, hash: q.hash })),
  };
}

describe("input: encodings and line endings", () => {
  const reference = essence(compile(DECK));

  it("reads the plain LF file with its lines", () => {
    expect(reference.problems).toEqual([]);
    expect(reference.questions).toEqual([
      expect.objectContaining({ id: "line-endings/q1", line: 5, answer: "Inline answer." }),
      expect.objectContaining({ id: "line-endings/q2", line: 9, answer: "Line one.\nLine two." }),
    ]);
  });

  it.each([
    ["CRLF", DECK.replace(/\n/g, "\r\n")],
    ["CR", DECK.replace(/\n/g, "\r")],
    ["a final newline", `${DECK}\n`],
    ["a final CRLF", `${DECK}\r\n`],
    ["a BOM", `\uFEFF${DECK}`],
    ["a BOM and CRLF", `\uFEFF${DECK.replace(/\n/g, "\r\n")}`],
  ])("reads the same deck, with the same lines, from %s", (_, text) => {
    expect(essence(compile(text))).toEqual(reference);
  });

  it("decodes UTF-8 bytes and drops their BOM", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${DECK.replace(/\n/g, "\r\n")}`);
    expect(bytes[0]).toBe(0xef);
    expect(essence(compile(bytes))).toEqual(reference);
  });

  it("keeps non-ASCII text intact", () => {
    const result = compile(DECK.replace("First?", "Qu'est-ce qu'un nœud ? 🚀"));
    expect(result.deck?.questions[0]?.prompt).toBe("Qu'est-ce qu'un nœud ? 🚀");
  });

  it("refuses a NUL byte anywhere, even in a string, at its line (E001)", () => {
    const result = compile(DECK.replace("Line two.", "Line\0two."));
    expect(result.deck).toBeNull();
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["E001", 13]]);
  });

  it("counts lines of a CR-only file when reporting invalid UTF-8 (E001)", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("# T\r\r## S\r"), 0xff, 0x0d]);
    expect(compile(bytes).problems.map((p) => [p.code, p.line])).toEqual([["E001", 4]]);
  });
});

describe("input: front matter", () => {
  const withFrontMatter = (yaml: string, body = DECK) => `---\n${yaml}\n---\n${body}`;

  it("reads id, title, description, tags and default kind, and keeps the file's line numbers", () => {
    const yaml = "id: my-deck\ntitle: From front matter\ndescription: What it is about\ntags: [a, b]\ndefault_kind: scenario";
    const body = DECK.replace("# Line Endings\n", "").replace("### Q2: Second?", "### Unnumbered second?");
    const result = compile(withFrontMatter(yaml, body));
    expect(result.problems).toEqual([]);
    const deck = result.deck;
    expect(deck).toMatchObject({ id: "my-deck", title: "From front matter", description: "What it is about", tags: ["a", "b"] });
    expect(deck?.questions.map((q) => [q.id, q.line, q.kind])).toEqual([
      ["my-deck/q1", 11, "concept"],
      ["my-deck/unnumbered-second", 15, "scenario"],
    ]);
  });

  it("prefers the first # heading to the front matter title, and falls back to the file name", () => {
    expect(compile(withFrontMatter("title: Ignored")).deck?.title).toBe("Line Endings");
    const untitled = DECK.replace("# Line Endings\n", "");
    expect(compile(untitled, "decks/no-title.md").deck?.title).toBe("no-title");
  });

  it("accepts CRLF front matter, an empty one and tags written as text", () => {
    const crlf = withFrontMatter("id: crlf\ntags: one, two").replace(/\n/g, "\r\n");
    expect(compile(crlf).deck).toMatchObject({ id: "crlf", tags: ["one", "two"] });
    expect(compile(crlf).deck?.questions[0]?.line).toBe(9);
    expect(compile(`---\n---\n${DECK}`).deck?.questions[0]?.line).toBe(7);
  });

  it("warns about unknown keys at their line (W010)", () => {
    const result = compile(withFrontMatter("title: T\nauthor: me"));
    expect(result.problems.map((p) => [p.code, p.line, p.severity])).toEqual([["W010", 3, "warning"]]);
    expect(result.deck).not.toBeNull();
  });

  it.each([
    ["never closed", `---\ntitle: T\n${DECK}`, 1],
    ["not YAML", withFrontMatter("title: [unclosed"), 2],
    ["an unclosed quote", withFrontMatter("title: 'open\nid: x\ntags: [a]"), 2],
    ["nested in a compact mapping", withFrontMatter("id: x\ntitle: a: b"), 3],
    ["a list", withFrontMatter("- a\n- b"), 2],
    ["a bad default_kind", withFrontMatter("title: T\ndefault_kind: hard"), 3],
    ["a bad format", withFrontMatter("format: rst"), 2],
    ["tags that are not words", withFrontMatter("tags:\n  - a: 1"), 2],
    ["a duplicate key", withFrontMatter("title: A\ntitle: B"), 3],
  ])("refuses front matter that is %s (E002)", (_, text, line) => {
    const result = compile(text);
    expect(result.deck).toBeNull();
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([["E002", line]]);
  });
});
