import { describe, expect, it } from "vitest";
import {
  answerStatus,
  changedSincePractised,
  historyRows,
  questionStats,
  scoreTrend,
  topicMastery,
  weakestFirst,
} from "../../src/interview/history-stats.ts";
import type { Grade, QuestionMeta, Session, SessionConfig, SessionEntry } from "../../src/interview/session-types.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 3, 18, 0, 0);

const config: SessionConfig = {
  deckIds: ["aws"],
  sections: null,
  kinds: ["concept", "scenario"],
  count: 3,
  order: "shuffled",
  seed: "x",
  perQuestionSeconds: { concept: 180, scenario: 360 },
  totalSeconds: null,
  onTimeUp: "overrun",
  mode: "practice",
};

/** One question as asked: its grade (or none), and what differs from the defaults. */
interface Asked {
  id: string;
  grade?: Grade;
  section?: string;
  hash?: string;
  prompt?: string;
  deckId?: string;
  answeredMs?: number;
  limitMs?: number | null;
}

function session(id: string, finishedAt: number | undefined, asked: Asked[]): Session {
  const questionMeta: Record<string, QuestionMeta> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const q of asked) {
    questionMeta[q.id] = {
      deckId: q.deckId ?? "aws",
      label: q.id.toUpperCase(),
      section: q.section ?? "Storage",
      kind: "concept",
      prompt: q.prompt ?? `What is ${q.id}?`,
      hash: q.hash ?? "h1",
      limitMs: q.limitMs === undefined ? 180_000 : q.limitMs,
      keyPointCount: 2,
    };
    entries[q.id] = {
      elapsedMs: (q.answeredMs ?? 60_000) + 10_000,
      answeredMs: q.answeredMs ?? 60_000,
      checkedKeyPoints: [],
      notes: "",
      flagged: false,
      skipped: q.grade === undefined,
      ...(q.grade === undefined ? {} : { grade: q.grade }),
    };
  }
  return {
    id,
    config,
    questionIds: asked.map((q) => q.id),
    questionMeta,
    startedAt: (finishedAt ?? T0) - 600_000,
    currentIndex: 0,
    entries,
    ...(finishedAt === undefined ? {} : { finishedAt }),
  };
}

describe("questionStats", () => {
  const history = [
    // passed out of order on purpose: stats follow finishing time, not list order
    session("s3", T0 + 2 * DAY, [{ id: "q1", grade: 4, answeredMs: 200_000, hash: "h2" }, { id: "q2" }]),
    session("s1", T0, [{ id: "q1", grade: 1, answeredMs: 90_000 }, { id: "q2", grade: 2 }]),
    session("s2", T0 + DAY, [{ id: "q1", grade: 2, answeredMs: 180_000 }, { id: "q3", grade: 3, limitMs: null }]),
    session("open", undefined, [{ id: "q1", grade: 1 }]),
  ];
  const stats = questionStats(history);

  it("counts practice (graded) apart from being asked, and ignores open sessions", () => {
    expect(stats.get("q1")).toMatchObject({ timesAsked: 3, timesPractised: 3 });
    expect(stats.get("q2")).toMatchObject({ timesAsked: 2, timesPractised: 1 });
  });

  it("takes the last and previous grade by finishing time, and averages all grades", () => {
    const q1 = stats.get("q1");
    expect(q1).toMatchObject({ lastGrade: 4, previousGrade: 2, trend: "up", lastPractisedAt: T0 + 2 * DAY });
    expect(q1?.averageGrade).toBeCloseTo(7 / 3);
    expect(stats.get("q2")).toMatchObject({ lastGrade: 2, previousGrade: null, trend: null, averageGrade: 2 });
  });

  it("averages answer time against the limit and counts overruns", () => {
    const q1 = stats.get("q1");
    expect(q1?.averageAnswerMs).toBeCloseTo((90_000 + 180_000 + 200_000) / 3);
    expect(q1?.averageLimitMs).toBe(180_000);
    expect(q1?.averageLimitRatio).toBeCloseTo((0.5 + 1 + 200 / 180) / 3);
    expect(q1?.timesOverLimit).toBe(1); // exactly at the limit is not over
    expect(stats.get("q3")).toMatchObject({ averageLimitMs: null, averageLimitRatio: null, timesOverLimit: 0 });
  });

  it("remembers the hash of the last practice and the latest recorded prompt", () => {
    expect(stats.get("q1")?.practisedHash).toBe("h2");
    const renamed = questionStats([
      session("a", T0, [{ id: "q9", grade: 3, prompt: "Old prompt" }]),
      session("b", T0 + DAY, [{ id: "q9", prompt: "New prompt", hash: "h9" }]),
    ]).get("q9");
    expect(renamed?.meta.prompt).toBe("New prompt");
    expect(renamed?.practisedHash).toBe("h1"); // asked again but not graded: not practised since
  });
});

describe("topicMastery", () => {
  it("rolls up each question's latest grade per topic and compares with the previous grades", () => {
    const stats = questionStats([
      session("s1", T0, [
        { id: "a", grade: 1, section: "Storage" },
        { id: "b", grade: 4, section: "Storage" },
        { id: "c", grade: 4, section: "Networking", deckId: "gcp" },
      ]),
      session("s2", T0 + DAY, [
        { id: "a", grade: 3, section: "Storage" },
        { id: "c", grade: 2, section: "Networking", deckId: "gcp" },
        { id: "d", grade: 2, section: "Networking" },
        { id: "e", section: "Security" },
      ]),
    ]);
    expect(topicMastery(stats)).toEqual([
      // c: 4 → 2 (down); d practised once counts on both sides: (2+2)/8 = 50% against (4+2)/8 = 75%
      { section: "Networking", deckIds: ["aws", "gcp"], practised: 2, percent: 50, previousPercent: 75, trend: "down" },
      // a: 1 → 3 (up), b: 4 once: (3+4)/8 = 88% against (1+4)/8 = 63%
      { section: "Storage", deckIds: ["aws"], practised: 2, percent: 88, previousPercent: 63, trend: "up" },
    ]);
  });

  it("is flat when nothing was practised twice, and absent for topics never graded", () => {
    const stats = questionStats([session("s1", T0, [{ id: "a", grade: 2 }, { id: "b", section: "Other" }])]);
    expect(topicMastery(stats)).toEqual([
      { section: "Storage", deckIds: ["aws"], practised: 1, percent: 50, previousPercent: 50, trend: "flat" },
    ]);
  });

  it("compares points, not rounded percents", () => {
    // 3 questions: previous 1+1+1 → latest 1+1+2 = 25% → 33%: up even though tiny
    const stats = questionStats([
      session("s1", T0, [{ id: "a", grade: 1 }, { id: "b", grade: 1 }, { id: "c", grade: 1 }]),
      session("s2", T0 + DAY, [{ id: "c", grade: 2 }]),
    ]);
    expect(topicMastery(stats)[0]).toMatchObject({ percent: 33, previousPercent: 25, trend: "up" });
  });
});

describe("scoreTrend and historyRows", () => {
  const history = [
    session("late", T0 + 5 * DAY, [{ id: "a", grade: 4 }, { id: "b", grade: 3 }]),
    session("early", T0, [{ id: "a", grade: 1 }, { id: "b", grade: 2 }]),
    session("ungraded", T0 + DAY, [{ id: "a" }]),
    session("same-time-b", T0 + 3 * DAY, [{ id: "a", grade: 2 }]),
    session("same-time-a", T0 + 3 * DAY, [{ id: "a", grade: 3 }]),
  ];

  it("gives one point per graded session, oldest first, ties by id", () => {
    expect(scoreTrend(history)).toEqual([
      { sessionId: "early", at: T0, percent: 38 },
      { sessionId: "same-time-a", at: T0 + 3 * DAY, percent: 75 },
      { sessionId: "same-time-b", at: T0 + 3 * DAY, percent: 50 },
      { sessionId: "late", at: T0 + 5 * DAY, percent: 88 },
    ]);
  });

  it("lists sessions newest first with decks, topics, score and time used", () => {
    const rows = historyRows([
      ...history,
      session("mixed", T0 + 9 * DAY, [
        { id: "x", grade: 2, deckId: "gcp", section: "IAM", answeredMs: 30_000 },
        { id: "y", section: "Storage", answeredMs: 50_000 },
      ]),
    ]);
    expect(rows.map((r) => r.sessionId)).toEqual(["mixed", "late", "same-time-b", "same-time-a", "ungraded", "early"]);
    expect(rows[0]).toEqual({
      sessionId: "mixed",
      startedAt: T0 + 9 * DAY - 600_000,
      finishedAt: T0 + 9 * DAY,
      deckIds: ["gcp", "aws"],
      sections: ["IAM", "Storage"],
      questionCount: 2,
      graded: 1,
      percent: 25, // y was asked and left without a grade: 2 of 8 points
      usedMs: 40_000 + 60_000,
    });
    expect(rows.find((r) => r.sessionId === "ungraded")?.percent).toBeNull();
  });
});

describe("weakestFirst", () => {
  it("puts never-practised first, then lowest latest grade, lowest average, longest ago, given order", () => {
    const stats = questionStats([
      session("s1", T0, [
        { id: "strong", grade: 4 },
        { id: "recovered", grade: 1 },
        { id: "steady", grade: 3 },
        { id: "stale", grade: 3 },
        { id: "asked-only" },
      ]),
      session("s2", T0 + DAY, [
        { id: "recovered", grade: 3 },
        { id: "missed", grade: 1 },
        { id: "steady", grade: 3 },
      ]),
    ]);
    const order = weakestFirst(["strong", "steady", "new-b", "stale", "missed", "recovered", "asked-only", "new-a"], stats);
    expect(order).toEqual(["new-b", "asked-only", "new-a", "missed", "recovered", "stale", "steady", "strong"]);
  });

  it("is a permutation of its input", () => {
    const ids = ["a", "b", "c", "a2"];
    expect([...weakestFirst(ids, new Map())].sort()).toEqual([...ids].sort());
    expect(weakestFirst(ids, new Map())).toEqual(ids);
  });
});

describe("answer changed since you practised", () => {
  const stats = questionStats([
    session("s1", T0, [{ id: "same", grade: 3 }, { id: "edited", grade: 2 }, { id: "gone", grade: 4 }, { id: "asked" }]),
  ]);

  it("compares the hash recorded at the last practice with the deck's current one", () => {
    expect(answerStatus(stats.get("same"), "h1")).toBe("unchanged");
    expect(answerStatus(stats.get("edited"), "h2")).toBe("changed");
    expect(answerStatus(stats.get("gone"), undefined)).toBe("removed");
    expect(answerStatus(stats.get("asked"), "h2")).toBe("not-practised");
    expect(answerStatus(undefined, "h1")).toBe("not-practised");
  });

  it("lists the changed ids in deck order", () => {
    const current = new Map([
      ["edited", "h2"],
      ["same", "h1"],
      ["asked", "h7"],
      ["brand-new", "h3"],
    ]);
    expect(changedSincePractised(stats, current)).toEqual(["edited"]);
  });
});
