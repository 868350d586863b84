import { describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import { createSession } from "../../src/interview/session-machine.ts";
import { transitionAll } from "../fixtures/session-views.ts";
import type { SessionEvent } from "../../src/interview/session-machine.ts";
import type { Session, SessionConfig } from "../../src/interview/session-types.ts";
import {
  formatScore,
  formatScoreCounts,
  practiseAgainIds,
  questionResults,
  scoreSession,
  suggestedGrade,
  timeSummary,
  topicTotals,
} from "../../src/interview/scoring.ts";
import { selectQuestionsLeft } from "../../src/interview/session-selectors.ts";

const T0 = 1_700_000_000_000;
const S = 1000;

function question(id: string, section: string, kind: Question["kind"] = "concept"): Question {
  return { id, deckId: "d", label: id, kind, section, prompt: `${id}?`, answer: "a", keyPoints: ["x", "y"], hash: id, line: 1 };
}

const QUESTIONS = [
  question("n1", "Networking"),
  question("s1", "Storage"),
  question("n2", "Networking", "scenario"),
  question("s2", "Storage"),
  question("c1", "Compute"),
];

function run(events: SessionEvent[], overrides: Partial<SessionConfig> = {}): Session {
  const config: SessionConfig = {
    deckIds: ["d"],
    sections: null,
    kinds: ["concept", "scenario"],
    count: 5,
    order: "in-order",
    seed: "",
    perQuestionSeconds: { concept: 60, scenario: 120 },
    totalSeconds: null,
    onTimeUp: "overrun",
    mode: "practice",
    ...overrides,
  };
  return transitionAll(createSession(config, QUESTIONS, { id: "s", at: T0 }), events);
}

/** Grades n1=4, s1=3, n2=2 (after 130 s: overrun), s2=2 and flagged; c1 skipped; finished. */
const GRADED: SessionEvent[] = [
  { type: "revealed", at: T0 + 50 * S },
  { type: "graded", at: T0 + 55 * S, grade: 4 },
  { type: "movedNext", at: T0 + 60 * S, fromIndex: 0 },
  { type: "graded", at: T0 + 70 * S, grade: 3 },
  { type: "movedNext", at: T0 + 90 * S, fromIndex: 1 },
  { type: "revealed", at: T0 + 220 * S },
  { type: "graded", at: T0 + 225 * S, grade: 2 },
  { type: "movedNext", at: T0 + 230 * S, fromIndex: 2 },
  { type: "graded", at: T0 + 240 * S, grade: 2 },
  { type: "flagToggled", at: T0 + 241 * S },
  { type: "movedNext", at: T0 + 245 * S, fromIndex: 3 },
  { type: "skipped", at: T0 + 250 * S, fromIndex: 4 },
  { type: "finished", at: T0 + 260 * S },
];

describe("scoreSession", () => {
  it("sums grades over graded questions, 4 points each", () => {
    const score = scoreSession(run(GRADED));
    // c1 was shown and skipped without a grade: it counts, 0 of 4.
    expect(score).toMatchObject({ points: 11, max: 20, percent: 55, graded: 4, questionCount: 5, ungraded: 1, flagged: 1, skipped: 1 });
    expect(score).toMatchObject({ asked: 5, notAnswered: 1, notReached: 0 });
    expect(score.byGrade).toEqual({ 1: 0, 2: 2, 3: 1, 4: 1 });
    expect(formatScore(score)).toBe("11 / 20 · 55%");
    expect(formatScoreCounts(score)).toBe("4 / 5 graded · 1 not answered");
  });

  it("a question that ran out of time without a grade counts 0; questions never reached are counted apart", () => {
    const s = run([
      { type: "revealed", at: T0 + 30 * S },
      { type: "graded", at: T0 + 31 * S, grade: 3 },
      { type: "movedNext", at: T0 + 32 * S, fromIndex: 0 },
      // s1: its 60 s run out, the answer is never graded; the person moves on.
      { type: "movedNext", at: T0 + 100 * S, fromIndex: 1 },
      { type: "finished", at: T0 + 110 * S },
    ]);
    const score = scoreSession(s);
    expect(score).toMatchObject({ points: 3, max: 12, percent: 25, asked: 3, notAnswered: 2, notReached: 2 });
    expect(formatScoreCounts(score)).toBe("1 / 3 graded · 2 not answered · 2 not reached");
    expect(practiseAgainIds(s)).toEqual(["s1", "n2"]);
  });

  it("nothing graded: no percentage", () => {
    const score = scoreSession(run([]));
    expect(score).toMatchObject({ points: 0, max: 0, percent: null, graded: 0 });
    expect(formatScore(score)).toBe("0 / 0");
  });

  it("follows regrades on the results page", () => {
    const s = run([...GRADED, { type: "regraded", at: T0 + 999 * S, questionId: "n2", grade: 4 }]);
    expect(scoreSession(s).points).toBe(13);
  });
});

describe("topicTotals", () => {
  it("groups by section in the order topics came up", () => {
    expect(topicTotals(run(GRADED))).toEqual([
      { section: "Networking", count: 2, graded: 2, points: 6, max: 8, percent: 75 },
      { section: "Storage", count: 2, graded: 2, points: 5, max: 8, percent: 63 },
      { section: "Compute", count: 1, graded: 0, points: 0, max: 0, percent: null },
    ]);
  });
});

describe("time against plan", () => {
  it("per question: answer time against the limit, overrun marked", () => {
    const rows = questionResults(run(GRADED));
    expect(rows.map((r) => [r.questionId, r.answerMs, r.limitMs, r.overrun, r.overrunMs])).toEqual([
      ["n1", 50 * S, 60 * S, false, 0],
      ["s1", 30 * S, 60 * S, false, 0],
      ["n2", 130 * S, 120 * S, true, 10 * S],
      ["s2", 15 * S, 60 * S, false, 0],
      ["c1", 15 * S, 60 * S, false, 0],
    ]);
    expect(rows[0]?.elapsedMs).toBe(60 * S);
    expect(rows[3]).toMatchObject({ flagged: true, grade: 2, revealed: false });
  });

  it("session: used vs the sum of limits, or the total limit when set", () => {
    expect(timeSummary(run(GRADED))).toEqual({ usedMs: 260 * S, plannedMs: 360 * S, overMs: 0, overrunCount: 1 });
    expect(timeSummary(run(GRADED, { totalSeconds: 200 }))).toMatchObject({ plannedMs: 200 * S, overMs: 60 * S });
  });

  it("an open session counts its running clock only when given now", () => {
    const s = run([]);
    expect(timeSummary(s).usedMs).toBe(0);
    expect(timeSummary(s, T0 + 42 * S).usedMs).toBe(42 * S);
  });
});

describe("practise again", () => {
  it("takes Missed/Partial, flagged, and skipped-without-grade, in session order", () => {
    expect(practiseAgainIds(run(GRADED))).toEqual(["n2", "s2", "c1"]);
  });

  it("a flagged Strong question is included; an unvisited one is not", () => {
    const s = run([{ type: "graded", at: T0, grade: 4 }, { type: "flagToggled", at: T0 }, { type: "finished", at: T0 + S }]);
    expect(practiseAgainIds(s)).toEqual(["n1"]);
  });

  it("questions left for the finish confirmation: neither graded nor skipped", () => {
    expect(selectQuestionsLeft(run(GRADED))).toBe(0);
    expect(selectQuestionsLeft(run([{ type: "graded", at: T0, grade: 1 }]))).toBe(4);
  });
});

describe("suggestedGrade", () => {
  it.each([
    [0, 4, 1],
    [1, 4, 2],
    [2, 4, 3],
    [3, 4, 3],
    [4, 4, 4],
    [1, 3, 2],
    [2, 3, 3],
    [0, 1, 1],
    [1, 1, 4],
    [7, 4, 4],
  ])("%i of %i key points → %i", (checked, total, grade) => {
    expect(suggestedGrade(checked, total)).toBe(grade);
  });

  it("no rubric, no suggestion", () => {
    expect(suggestedGrade(0, 0)).toBeNull();
    expect(suggestedGrade(Number.NaN, 3)).toBeNull();
  });
});
