import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { markdownOptions, parseMarkdown } from "../../src/deck/parse-markdown.ts";

const wholeFile = (text: string) => fromMarkdown(text, markdownOptions);

/**
 * Lines of files with few headings (the bold-marker and details dialects), where pieces are cut
 * before any unindented line after a blank one: lists that go on after blank lines, HTML and
 * fences that span them, quotes, tables, footnotes, lazy lines.
 */
const fragment = fc.constantFrom(
  "",
  "",
  "",
  "**Q:** What is it?",
  "**A:** This.",
  "Plain paragraph text.",
  "lazy continuation",
  "<details>",
  "<summary>Why?</summary>",
  "</details>",
  "<details><summary>One block</summary>",
  "<!--",
  "-->",
  "<pre>",
  "</pre>",
  "<script>",
  "</script>",
  "<div>",
  "</div>",
  "```",
  "~~~",
  "- item",
  "* star item",
  "+ plus item",
  "-",
  "1. ordered",
  "2) paren",
  "10. ten",
  "  continued in the item",
  "    indented code",
  "> quote",
  ">",
  "| a | b |",
  "|---|---|",
  "[^n]: A note.",
  "    more of the note",
  "[r]: https://example.com",
  "See [r] and [^n].",
  "---",
  "***",
  "===",
  "# Heading",
  "Setext",
  "<Tabs>",
  "import X from 'y';",
  "\tTabbed",
  "2024 was a year.",
  "-not a list",
);

describe("parseMarkdown cuts pieces only where the tree stays the same", () => {
  it("gives any mix of heading-less lines the tree of a whole-file parse", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), fc.integer({ min: 1, max: 300 }), (lines, piece) => {
        const text = lines.join("\n");
        expect(parseMarkdown(text, { wholeFile: 0, piece })).toEqual(wholeFile(text));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("keeps a loose list whole across the blank lines between its items", () => {
    const text = "Intro.\n\n- one\n\n- two\n\n1. three\n\n2. four\n\nAfter.\n";
    const tree = parseMarkdown(text, { wholeFile: 0, piece: 1 });
    expect(tree).toEqual(wholeFile(text));
    expect(tree.children.map((c) => c.type)).toEqual(["paragraph", "list", "list", "paragraph"]);
  });
});
