import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historyRows, questionStats, scoreTrend, topicMastery } from "../../src/interview/history-stats.ts";
import {
  buildQuestionIndex,
  dueDates,
  parseSessionSummary,
  recordAsked,
  sessionFromSummary,
  summarizeSession,
  withRecordedMeta,
} from "../../src/interview/history-summary.ts";
import { scoreSession, timeSummary } from "../../src/interview/scoring.ts";
import { createSession, transition, type SessionEvent } from "../../src/interview/session-machine.ts";
import type { Grade, Session, SessionConfig } from "../../src/interview/session-types.ts";
import { parseSessionConfig } from "../../src/store/migrations.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";

const SECTIONS = ["Networking", "Storage", "Compute"];

type Step = { grade: Grade | null; skip: boolean; flag: boolean; seconds: number; reveal: boolean };

/** A session finished at `finishedAt`, played through the machine question by question. */
function played(
  id: string,
  finishedAt: number,
  questionNumbers: number[],
  steps: Step[],
  limit: number | null = 180,
): Session {
  const questions = questionNumbers.map((n) =>
    makeQuestion(`q${n}`, {
      section: SECTIONS[n % 3]!,
      kind: n % 4 === 0 ? "scenario" : "concept",
      prompt: `Prompt ${n} at ${id}?`,
    }),
  );
  const config: SessionConfig = sessionConfig({
    count: questions.length,
    perQuestionSeconds: { concept: limit, scenario: limit },
  });
  let at = finishedAt - 3_600_000;
  let session = createSession(config, questions, { id, at });
  const send = (event: SessionEvent) => (session = transition(session, event));
  steps.forEach((step, index) => {
    at += step.seconds * 1000;
    if (step.reveal) send({ type: "revealed", at });
    if (step.flag) send({ type: "flagToggled", at });
    if (step.grade !== null) send({ type: "graded", at, grade: step.grade });
    else if (step.skip) send({ type: "skipped", at, fromIndex: index });
    if (index < steps.length - 1 && session.currentIndex === index) send({ type: "movedNext", at, fromIndex: index });
  });
  return transition(session, { type: "finished", at: finishedAt });
}

const step = fc.record({
  grade: fc.option(fc.constantFrom<Grade>(1, 2, 3, 4), { nil: null }),
  skip: fc.boolean(),
  flag: fc.boolean(),
  seconds: fc.integer({ min: 1, max: 400 }),
  reveal: fc.boolean(),
});

const histories = fc.array(
  fc.record({
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
    steps: fc.array(step, { minLength: 6, maxLength: 6 }),
    limit: fc.option(fc.integer({ min: 30, max: 600 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 8 },
);

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

describe("session summaries", () => {
  it("add up exactly like the sessions they summarise: rows, trend, per-question stats, mastery", () => {
    fc.assert(
      fc.property(histories, (plans) => {
        const sessions = plans.map((plan, i) =>
          played(`s${i}`, T0 + i * DAY, plan.numbers, plan.steps.slice(0, plan.numbers.length), plan.limit),
        );
        const fromSummaries = sessions.map((s) => sessionFromSummary(summarizeSession(s)));
        expect(historyRows(fromSummaries)).toEqual(historyRows(sessions));
        expect(scoreTrend(fromSummaries)).toEqual(scoreTrend(sessions));
        const index = buildQuestionIndex(sessions, {});
        const full = questionStats(sessions);
        const summarized = withRecordedMeta(questionStats(fromSummaries), index);
        expect(summarized).toEqual(full);
        expect(topicMastery(summarized)).toEqual(topicMastery(full));
        for (const [i, session] of sessions.entries()) {
          expect(scoreSession(fromSummaries[i]!)).toEqual(scoreSession(session));
          expect(timeSummary(fromSummaries[i]!)).toEqual(timeSummary(session));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keep no prompt, label or notes (the question index has the prompts)", () => {
    const session = played(
      "s1",
      T0,
      [1, 2],
      [
        { grade: 3, skip: false, flag: true, seconds: 30, reveal: true },
        { grade: null, skip: true, flag: false, seconds: 10, reveal: false },
      ],
    );
    const summary = summarizeSession(session);
    expect(JSON.stringify(summary)).not.toContain("Prompt");
    expect(summary.questions).toEqual([
      ["deck/q1", "deck", "Storage", "concept", "h-q1", 180_000, 3, 3, 30_000, 30_000, 1],
      // The last question's clock ran until the session finished, an hour after it started.
      ["deck/q2", "deck", "Compute", "concept", "h-q2", 180_000, 3, 0, 3_570_000, 3_570_000, 2],
    ]);
    const back = sessionFromSummary(summary);
    expect(back.questionMeta["deck/q1"]?.prompt).toBe("");
    expect(back.entries["deck/q2"]).toMatchObject({ skipped: true, flagged: false, notes: "" });
    expect(back.entries["deck/q2"]?.grade).toBeUndefined();
  });
});

describe("parseSessionSummary", () => {
  const session = played(
    "s1",
    T0,
    [1, 2],
    [
      { grade: 4, skip: false, flag: false, seconds: 20, reveal: true },
      { grade: 1, skip: false, flag: true, seconds: 200, reveal: true },
    ],
  );
  const summary = summarizeSession(session);
  const fact = summary.questions[0]!;
  const withFact = (index: number, value: unknown) => {
    const broken = [...fact] as unknown[];
    broken[index] = value;
    return { ...summary, questions: [broken, summary.questions[1]] };
  };

  it("accepts a summary it wrote, and reads it back equal", () => {
    expect(parseSessionSummary(JSON.parse(JSON.stringify(summary)), parseSessionConfig)).toEqual(summary);
  });

  it.each([
    ["not an object", 42],
    ["no id", { ...summary, id: "" }],
    ["a bad time", { ...summary, finishedAt: -1 }],
    ["no questions", { ...summary, questions: [] }],
    ["questions not a list", { ...summary, questions: {} }],
    ["a question twice", { ...summary, questions: [fact, fact] }],
    ["a short question", { ...summary, questions: [fact.slice(0, 10)] }],
    ["an unknown kind", withFact(3, "essay")],
    ["a grade of 5", withFact(7, 5)],
    ["a negative time", withFact(8, -3)],
    ["a zero limit", withFact(5, 0)],
    ["unknown flags", withFact(10, 4)],
    ["a non-numeric key point count", withFact(6, "3")],
    ["a damaged config", { ...summary, config: { ...summary.config, mode: "exam" } }],
  ])("rejects %s", (_label, value) => {
    expect(parseSessionSummary(value, parseSessionConfig)).toBeUndefined();
  });
});

describe("the question index", () => {
  const meta = (prompt: string) => ({
    deckId: "deck",
    label: "Q1",
    section: "Networking",
    kind: "concept" as const,
    prompt,
    hash: "h",
    limitMs: null,
    keyPointCount: 0,
  });

  it("names a question as the latest session that asked it, whatever the order they arrive in", () => {
    const older = recordAsked(undefined, meta("old wording"), T0);
    const newer = recordAsked(older, meta("new wording"), T0 + DAY);
    expect(newer).toEqual({ meta: meta("new wording"), metaAt: T0 + DAY, due: null });
    expect(recordAsked(newer, meta("old wording"), T0)).toBe(newer);
  });

  it("is rebuilt from the sessions and the review due dates; questions only reviewed have no prompt", () => {
    const first = played("a", T0, [1, 2], []);
    const second = played("b", T0 + DAY, [2], []);
    const index = buildQuestionIndex([second, first], { "deck/q2": T0 + 3 * DAY, "deck/gone": T0 });
    expect(index["deck/q1"]).toEqual({ meta: first.questionMeta["deck/q1"], metaAt: T0, due: null });
    expect(index["deck/q2"]).toEqual({ meta: second.questionMeta["deck/q2"], metaAt: T0 + DAY, due: T0 + 3 * DAY });
    expect(index["deck/gone"]).toEqual({ meta: null, metaAt: null, due: T0 });
    expect(dueDates(index)).toEqual({ "deck/q2": { due: T0 + 3 * DAY }, "deck/gone": { due: T0 } });
  });
});
