import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { parseMarkdown } from "../../src/deck/parse-markdown.ts";
import { generateDeck } from "../../scripts/generate-deck.ts";

/** A deck in the details dialect, large enough to be parsed in pieces. */
function largeDetailsDeck(): string {
  return generateDeck(300)
    .replace(/^### Q\d+: (.*)\n\n\*\*Answer:\*\*\n/gm, "<details>\n<summary>$1</summary>\n")
    .replace(/^---$/gm, "</details>");
}

describe("compileDeck reports progress", () => {
  it("after each piece of a large file, rising, and last with (total, total)", () => {
    const text = largeDetailsDeck();
    expect(text.length).toBeGreaterThan(100_000);
    const calls: [number, number][] = [];
    const result = compileDeck(text, { file: "big.md", mode: "import", onProgress: (done, total) => calls.push([done, total]) });
    expect(result.dialect).toBe("details");
    expect(result.deck?.questions).toHaveLength(300);
    expect(calls.length).toBeGreaterThan(10);
    for (const [index, [done, total]] of calls.entries()) {
      expect(total).toBe(text.length);
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThanOrEqual(total);
      if (index > 0) expect(done).toBeGreaterThanOrEqual(calls[index - 1]?.[0] ?? 0);
    }
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    // Listening changes nothing in what is compiled.
    expect(compileDeck(text, { file: "big.md", mode: "import" })).toEqual(result);
  });

  it("once with (total, total) for a small file", () => {
    const text = "# T\n\n## S\n\n### Q1: What?\n\n**Answer:** This.\n";
    const calls: [number, number][] = [];
    compileDeck(text, { file: "small.md", mode: "strict", onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[text.length, text.length]]);
  });

  it("never for a file refused before it is parsed", () => {
    const calls: number[] = [];
    compileDeck(new Uint8Array([0x41, 0x00]), { file: "bin.md", mode: "import", onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([]);
  });

  it("parses the same tree with and without a listener", () => {
    const text = largeDetailsDeck();
    let calls = 0;
    expect(parseMarkdown(text, undefined, () => (calls += 1))).toEqual(parseMarkdown(text));
    expect(calls).toBeGreaterThan(1);
  });
});
