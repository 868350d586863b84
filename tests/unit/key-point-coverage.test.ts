import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { coveredIndices, matchKeyPoints, splitBySpans } from "../../src/interview/key-point-coverage.ts";
import { answerTerms } from "../../src/lib/answer-terms.ts";
import { KEY_POINT_PAIRS } from "../fixtures/key-point-pairs.ts";

const SEED_FILE = "content/aws-cloud.md";
const { deck } = compileDeck(readFileSync(SEED_FILE), { file: SEED_FILE, mode: "strict" });

function keyPointOf(questionId: string, index: number): string {
  const point = deck?.questions.find((q) => q.id === questionId)?.keyPoints[index];
  if (point === undefined) throw new Error(`the seed has no key point ${questionId}#${index}`);
  return point;
}

function covers(point: string, said: string): boolean {
  return matchKeyPoints([point], said)[0]?.covered ?? false;
}

function terms(text: string): string[] {
  return answerTerms(text).map((t) => t.term);
}

describe("answer terms", () => {
  it("drop stop-words and rubric verbs, and stem the rest", () => {
    expect(terms("Use the lifecycle policies to automate transitions")).toEqual(["lifecycl", "polici", "autom", "transit"]);
  });

  it("keep acronyms and product codes whole, plurals folded", () => {
    expect(terms("IAM, VPC, S3, EC2 and SCPs across AZs")).toEqual(["iam", "vpc", "s3", "ec2", "scp", "across", "az"]);
  });

  it("fold long forms into their acronym, with the phrase's span", () => {
    const text = "Turn on multi-factor authentication";
    const [, mfa] = answerTerms(text);
    expect(mfa?.term).toBe("mfa");
    expect(text.slice(mfa?.start, mfa?.end)).toBe("multi-factor authentication");
    expect(terms("two availability zones")).toEqual(["2", "az"]);
  });

  it("read numbers as digits, spelled out or with a unit", () => {
    expect(terms("five times faster, 3x, 128 TB, six copies")).toEqual(["5", "time", "faster", "3", "128", "tb", "6", "copi"]);
  });
});

describe("matchKeyPoints", () => {
  it("judges covered with evidence on both sides", () => {
    const answer = "I'd keep versioning on, so deleted data can be recovered.";
    const [coverage] = matchKeyPoints(["Enable versioning for data protection"], answer);
    expect(coverage?.score).toBeCloseTo(2 / 3);
    expect(coverage?.covered).toBe(true);
    const evidence = coverage?.answerSpans.map((s) => answer.slice(s.start, s.end));
    expect(evidence).toEqual(["versioning", "data"]);
  });

  it("covers nothing from an empty answer, and a point made only of stop-words never", () => {
    expect(coveredIndices(matchKeyPoints(["Use IAM roles", "Do it"], ""))).toEqual([]);
    expect(coveredIndices(matchKeyPoints(["Do it"], "do it now"))).toEqual([]);
  });

  it("marks pieces of a text by spans, merging overlaps", () => {
    expect(splitBySpans("use IAM roles", [{ start: 4, end: 7 }, { start: 5, end: 13 }])).toEqual([
      { text: "use ", marked: false },
      { text: "IAM", marked: true },
      { text: " roles", marked: true },
    ]);
  });

  it(`separates paraphrases from unrelated sentences on the bundled deck (${KEY_POINT_PAIRS.length} pairs)`, () => {
    expect(KEY_POINT_PAIRS.length).toBeGreaterThanOrEqual(60);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const pair of KEY_POINT_PAIRS) {
      const point = keyPointOf(pair.questionId, pair.index);
      if (covers(point, pair.said)) truePositives += 1;
      else {
        falseNegatives += 1;
        misses.push(`missed: "${point}" ← "${pair.said}"`);
      }
      if (covers(point, pair.unrelated)) {
        falsePositives += 1;
        misses.push(`false match: "${point}" ← "${pair.unrelated}"`);
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `key-point matcher on ${KEY_POINT_PAIRS.length} pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (misses.length > 0 ? `\n  ${misses.join("\n  ")}` : ""),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
