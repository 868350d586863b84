import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";

function keyPoints(answer: string): string[] {
  const text = `# K\n\n## S\n\n### Q1: Question?\n\n**Answer:**\n\n${answer}\n`;
  const { deck, problems } = compileDeck(text, { file: "k.md", mode: "strict" });
  expect(problems).toEqual([]);
  return deck?.questions[0]?.keyPoints ?? [];
}

describe("key points", () => {
  it("are the items of the list under a bold label, as plain text", () => {
    expect(keyPoints("Intro.\n\n**Key Points:**\n- Use **IAM roles**\n- Rotate `keys`\n- See [docs](https://x.dev)")).toEqual([
      "Use IAM roles",
      "Rotate keys",
      "See docs",
    ]);
  });

  it("collect every labelled list in order and ignore unlabelled ones", () => {
    const answer = [
      "**Types:**",
      "- not a key point",
      "",
      "**Best Practices:**",
      "- first",
      "",
      "**When to Use Lambda:**",
      "1. second",
      "",
      "**TL;DR:**",
      "- third",
      "",
      "**Key Points**:",
      "* fourth",
    ].join("\n");
    expect(keyPoints(answer)).toEqual(["first", "second", "third", "fourth"]);
  });

  it("take an inline summary after **In short:** when no list follows", () => {
    expect(keyPoints("**In short:** caches trade memory for speed.")).toEqual(["caches trade memory for speed."]);
  });

  it("accept a label written as a heading inside the answer", () => {
    expect(keyPoints("Text.\n\n#### Key Points\n\n- one\n- two")).toEqual(["one", "two"]);
  });

  it("keep an item's own words and leave its nested list out", () => {
    expect(keyPoints("**Key Points:**\n- parent\n  - child\n- sibling")).toEqual(["parent", "sibling"]);
  });

  it("fall back to the answer's top-level bullets, then to nothing", () => {
    expect(keyPoints("Text.\n\n- alpha\n- beta\n\n1. ordered steps do not count")).toEqual(["alpha", "beta"]);
    expect(keyPoints("Just a paragraph.\n\n```\n- not a list\n```")).toEqual([]);
  });

  it("do not read a label inside a code block", () => {
    expect(keyPoints("```md\n**Key Points:**\n- fake\n```\n\n- real")).toEqual(["real"]);
  });
});
