import { describe, expect, it } from "vitest";
import { findMatches, normalizeQuery, searchItems, splitByMatches } from "../../src/lib/text-search.ts";

describe("text search", () => {
  it("normalises the query and searches nothing for blank input", () => {
    expect(normalizeQuery("  VPC   peering \n")).toBe("VPC peering");
    expect(findMatches("anything", "   ")).toEqual([]);
  });

  it("matches case-insensitively inside words and code, on the original text", () => {
    const text = "Run `aws ec2 run-instances` then Run-Instances again";
    expect(findMatches(text, "run-instances")).toEqual([
      [13, 26],
      [33, 46],
    ]);
    expect(text.slice(33, 46)).toBe("Run-Instances");
  });

  it("lets a space in the query match any white space, such as a wrapped line", () => {
    expect(findMatches("key\n  points", "key points")).toEqual([[0, 12]]);
  });

  it("treats regular-expression characters literally", () => {
    expect(findMatches("a (b) a.b axb", "a.b")).toEqual([[6, 9]]);
    expect(findMatches("f(x) = [1]", "(x) = [1]")).toEqual([[1, 10]]);
  });

  it("splits text into marked and unmarked runs", () => {
    expect(splitByMatches("Use a VPC; vpc peering", "vpc")).toEqual([
      { text: "Use a ", match: false },
      { text: "VPC", match: true },
      { text: "; ", match: false },
      { text: "vpc", match: true },
      { text: " peering", match: false },
    ]);
    expect(splitByMatches("nothing here", "vpc")).toEqual([{ text: "nothing here", match: false }]);
    expect(splitByMatches("", "vpc")).toEqual([{ text: "", match: false }]);
  });

  it("counts hits per item in prompts and answers, keeping only items that match", () => {
    const items = [
      { id: "a", prompt: "What is a VPC?", answer: "A VPC is ... ```\naws ec2 create-vpc\n```" },
      { id: "b", prompt: "What is S3?", answer: "Object storage." },
      { id: "c", prompt: "Peering", answer: "Two VPCs" },
    ];
    expect(searchItems(items, "vpc")).toEqual({
      hits: [
        { id: "a", prompt: 1, answer: 2 },
        { id: "c", prompt: 0, answer: 1 },
      ],
      total: 4,
    });
    expect(searchItems(items, "").hits.map((h) => h.id)).toEqual(["a", "b", "c"]);
    expect(searchItems(items, "").total).toBe(0);
  });
});
