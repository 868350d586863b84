import { describe, expect, it } from "vitest";
import { evidenceSnippet } from "../../src/features/session/recording/evidence-snippet.ts";
import { matchKeyPoints } from "../../src/interview/key-point-coverage.ts";

function marked(snippet: { text: string; spans: { start: number; end: number }[] } | null): string[] {
  return snippet?.spans.map((s) => snippet.text.slice(s.start, s.end)) ?? [];
}

describe("evidenceSnippet", () => {
  it("keeps the evidence with a little context, cut at words, and moves the spans with it", () => {
    const answer = `${"Some long warm-up sentence that says nothing at all about the point. ".repeat(2)}I'd keep versioning on so that deleted\n\n   data can come back. ${"More words after the point that do not matter. ".repeat(2)}`;
    const [coverage] = matchKeyPoints(["Enable versioning for data protection"], answer);
    const snippet = evidenceSnippet(answer, coverage!.answerSpans);
    expect(snippet?.text.startsWith("…")).toBe(true);
    expect(snippet?.text.endsWith("…")).toBe(true);
    expect(snippet?.text).toContain("versioning on so that deleted data can come back.");
    expect(marked(snippet)).toEqual(["versioning", "data"]);
  });

  it("shows a short answer whole, and nothing without evidence", () => {
    const answer = "Use IAM roles.";
    expect(evidenceSnippet(answer, [{ start: 4, end: 7 }])).toEqual({ text: "Use IAM roles.", spans: [{ start: 4, end: 7 }] });
    expect(evidenceSnippet(answer, [])).toBeNull();
  });
});
