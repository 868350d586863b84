import { readFileSync } from "node:fs";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { markdownOptions, parseMarkdown } from "../../src/deck/parse-markdown.ts";

const wholeFile = (text: string) => fromMarkdown(text, markdownOptions);
/** Forces piecewise parsing with a cut at (nearly) every possible place. */
const inPieces = (text: string) => parseMarkdown(text, { wholeFile: 0, piece: 1 });

/** Lines that stress where a piece may be cut: headings in fences, open HTML, lists, quotes, references. */
const fragment = fc.constantFrom(
  "# Title",
  "## Section",
  "### Q1: Question?",
  "#not a heading",
  "####### seven hashes",
  "**Answer:**",
  "Some *text* with [a ref][r] and a footnote[^n].",
  "",
  "",
  "",
  "```",
  "```bash",
  "````",
  "~~~",
  "   ```",
  "  ```",
  "> <!--",
  "<script>",
  "</script>",
  "# comment inside code?",
  "<!--",
  "-->",
  "<!-- closed -->",
  "<details>",
  "</details>",
  "<pre>",
  "</pre>",
  "<div>",
  "- item",
  "  - nested",
  "1. ordered",
  "    indented code",
  "> quote",
  "> ```",
  "---",
  "===",
  "| a | b |",
  "|---|---|",
  "[r]: https://example.com",
  "[^n]: A note.",
  "[R]: https://example.org/second",
  "- [r]: /in-a-list",
  "<?php",
  "?>",
  "<![CDATA[",
  "]]>",
  "<!DOCTYPE html>",
  "#\ttab heading",
  "#",
);

describe("parseMarkdown in pieces", () => {
  it("gives the seed the tree of a whole-file parse, positions included", () => {
    const seed = readFileSync("content/aws-cloud.md", "utf8");
    expect(parseMarkdown(seed, { wholeFile: 0, piece: 1 })).toEqual(wholeFile(seed));
    expect(parseMarkdown(seed, { wholeFile: 0, piece: 2048 })).toEqual(wholeFile(seed));
  });

  it("gives any mix of tricky lines the tree of a whole-file parse", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.integer({ min: 1, max: 200 }), (lines, piece) => {
        const text = lines.join("\n");
        expect(parseMarkdown(text, { wholeFile: 0, piece })).toEqual(wholeFile(text));
      }),
      { numRuns: 300 },
    );
  });

  it("does not cut after a list whose fence is still open (its end differs in a whole parse)", () => {
    const text = "- item\n   ```\n\n# Title";
    expect(inPieces(text)).toEqual(wholeFile(text));
  });

  it("resolves references to labels defined in other pieces, even twice", () => {
    const text = "# A\n\n[x] and [y][] and [^n]\n\n# B\n\n[x]: /one\n\n# C\n\n[X]: /two\n[y]: /y\n\n[^n]: Note.\n";
    expect(inPieces(text)).toEqual(wholeFile(text));
  });

  it("resolves a reference whose definition sits in another piece", () => {
    const text = "# A\n\nSee [the docs][docs] and[^1].\n\n# B\n\n[docs]: https://example.com\n\n[^1]: Note.\n";
    const tree = inPieces(text);
    expect(tree).toEqual(wholeFile(text));
    expect(JSON.stringify(tree)).toContain('"type":"linkReference"');
    expect(JSON.stringify(tree)).toContain('"type":"footnoteReference"');
  });
});
