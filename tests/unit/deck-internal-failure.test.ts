import { describe, expect, it, vi } from "vitest";

// The parser failing (a bug, or the stack running out on hostile input) must not escape compileDeck.
vi.mock("../../src/deck/parse-markdown.ts", () => ({
  parseMarkdown: () => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

const { compileDeck } = await import("../../src/deck/compile-deck.ts");

describe("compileDeck when something inside fails", () => {
  it("returns a fatal problem instead of throwing", () => {
    for (const mode of ["strict", "import"] as const) {
      const result = compileDeck("# T\n\n## S\n\n### Q1: Q?\n\n**Answer:** A.\n", { file: "x.md", mode });
      expect(result.deck).toBeNull();
      expect(result.problems).toEqual([expect.objectContaining({ file: "x.md", line: 1, severity: "error", code: "E000" })]);
      expect(result.problems[0]?.fatal).toBe(mode === "import" ? true : undefined);
      expect(result.problems[0]?.message).toContain("Maximum call stack size exceeded");
    }
  });
});
