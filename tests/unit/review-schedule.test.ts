import fc from "fast-check";
import { createEmptyCard, fsrs, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  applyGrade,
  dueQueue,
  isDue,
  mergeReviewStates,
  parseReviewState,
  recordReview,
  replayReviews,
  reviewEventsOf,
  type ReviewEvent,
  type ReviewState,
} from "../../src/interview/review-schedule.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0); // Monday 6 January 2025, 09:00 UTC

function graded(grades: Grade[], start = T0): ReviewState {
  let state: ReviewState | undefined;
  let at = start;
  grades.forEach((grade, i) => {
    state = applyGrade(state, grade, at, `s${i}`);
    at = state.due;
  });
  if (state === undefined) throw new Error("no grades");
  return state;
}

describe("applyGrade through ts-fsrs, fixed dates", () => {
  it("schedules a first Good three days out, then a Good on time two weeks out", () => {
    const first = applyGrade(undefined, 3, T0);
    expect(first).toMatchObject({ due: T0 + 3 * DAY, scheduledDays: 3, reps: 1, lapses: 0, phase: "review", lastReview: T0 });
    const second = applyGrade(first, 3, first.due);
    expect(second.due).toBe(first.due + 14 * DAY);
    expect(second.reps).toBe(2);
    expect(second.log.map((e) => e.grade)).toEqual([3, 3]);
  });

  it("counts a lapse and brings a forgotten question back within days", () => {
    const known = graded([3, 3]);
    const missed = applyGrade(known, 1, known.due);
    expect(missed.lapses).toBe(1);
    expect(missed.due - known.due).toBe(2 * DAY);
    expect(missed.stability).toBeLessThan(known.stability);
    expect(missed.difficulty).toBeGreaterThan(known.difficulty);
  });

  it.each([
    [1, Rating.Again],
    [2, Rating.Hard],
    [3, Rating.Good],
    [4, Rating.Easy],
  ] as const)("maps grade %i to ts-fsrs rating %i", (grade, rating) => {
    const expected = fsrs({ enable_fuzz: false, enable_short_term: false, maximum_interval: 365 })
      .next(createEmptyCard(T0), T0, rating).card;
    const state = applyGrade(undefined, grade, T0);
    expect(state.due).toBe(expected.due.getTime());
    expect(state.stability).toBe(expected.stability);
    expect(state.difficulty).toBe(expected.difficulty);
  });

  it("gives a better grade a later due date", () => {
    const dues = ([1, 2, 3, 4] as const).map((g) => applyGrade(graded([3]), g, graded([3]).due).due);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(new Set(dues).size).toBe(4);
  });

  it("caps intervals at about a year", () => {
    // ts-fsrs caps at maximum_interval (365), then keeps Hard < Good < Easy: Easy may reach 367.
    const strong = graded([4, 4, 4, 4, 4, 4, 4, 4]);
    expect(strong.stability).toBeGreaterThan(1000);
    expect(strong.scheduledDays).toBeLessThanOrEqual(367);
    expect(strong.due - (strong.lastReview as number)).toBeLessThanOrEqual(367 * DAY);
    const good = graded([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(good.scheduledDays).toBeLessThanOrEqual(366);
  });

  it("is plain JSON: dates are millisecond numbers and survive a round trip", () => {
    const state = graded([3, 1, 2]);
    expect(typeof state.due).toBe("number");
    expect(typeof state.lastReview).toBe("number");
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const resumed = applyGrade(JSON.parse(JSON.stringify(state)) as ReviewState, 3, state.due);
    expect(resumed).toEqual(applyGrade(state, 3, state.due));
  });

  it("slots a grade older than the last review into place instead of failing", () => {
    const a: ReviewEvent = { at: T0, grade: 3, sessionId: "a" };
    const b: ReviewEvent = { at: T0 + 5 * DAY, grade: 2, sessionId: "b" };
    const c: ReviewEvent = { at: T0 + 2 * DAY, grade: 4, sessionId: "c" };
    const late = applyGrade(applyGrade(applyGrade(undefined, a.grade, a.at, "a"), b.grade, b.at, "b"), c.grade, c.at, "c");
    expect(late).toEqual(replayReviews([a, c, b]));
    expect(late.log.map((e) => e.sessionId)).toEqual(["a", "c", "b"]);
    expect(late.lastReview).toBe(b.at);
  });
});

describe("recordReview: a session counts once", () => {
  const event: ReviewEvent = { at: T0, grade: 2, sessionId: "s1" };

  it("returns the same state when the same session's grade is filed again", () => {
    const once = recordReview(undefined, event);
    expect(recordReview(once, { ...event })).toBe(once);
    expect(once.reps).toBe(1);
  });

  it("replaces a session's grade when it was regraded", () => {
    const once = recordReview(recordReview(undefined, { at: T0 - 9 * DAY, grade: 3, sessionId: "s0" }), event);
    const regraded = recordReview(once, { ...event, grade: 4 });
    expect(regraded.reps).toBe(2);
    expect(regraded.log.map((e) => e.grade)).toEqual([3, 4]);
    expect(regraded).toEqual(replayReviews([{ at: T0 - 9 * DAY, grade: 3, sessionId: "s0" }, { ...event, grade: 4 }]));
  });

  it("orders grades given at the same moment by session, whichever arrives first", () => {
    const a: ReviewEvent = { at: T0, grade: 1, sessionId: "a" };
    const b: ReviewEvent = { at: T0, grade: 4, sessionId: "b" };
    const ab = recordReview(recordReview(undefined, a), b);
    const ba = recordReview(recordReview(undefined, b), a);
    expect(ba).toEqual(ab);
    expect(ab.log.map((e) => e.sessionId)).toEqual(["a", "b"]);
  });

  it("lists a session's graded questions at its finishing time", () => {
    const session = {
      id: "s9",
      finishedAt: T0,
      questionIds: ["q1", "q2", "q3"],
      entries: { q1: { grade: 1 }, q2: {}, q3: { grade: 4 } },
    } as unknown as Session;
    expect(reviewEventsOf(session)).toEqual([
      { questionId: "q1", event: { at: T0, grade: 1, sessionId: "s9" } },
      { questionId: "q3", event: { at: T0, grade: 4, sessionId: "s9" } },
    ]);
    expect(reviewEventsOf({ ...session, finishedAt: undefined } as Session)).toEqual([]);
  });
});

const eventArb = fc.record({
  at: fc.integer({ min: T0, max: T0 + 400 * DAY }),
  grade: fc.constantFrom<Grade>(1, 2, 3, 4),
  sessionId: fc.string({ minLength: 1, maxLength: 4 }),
});
const uniqueEvents = fc.uniqueArray(eventArb, { minLength: 1, maxLength: 8, selector: (e) => e.sessionId });

describe("replay and merge (properties)", () => {
  it("reaches the same state whatever order the grades arrive in", () => {
    fc.assert(
      fc.property(uniqueEvents, fc.func(fc.integer()), (events, key) => {
        const shuffled = [...events].sort((a, b) => key(a.sessionId) - key(b.sessionId));
        let incremental: ReviewState | undefined;
        for (const e of shuffled) incremental = recordReview(incremental, e);
        expect(incremental).toEqual(replayReviews(events));
      }),
      { numRuns: 150 },
    );
  });

  it("merges two tabs' grades: commutative on distinct sessions, idempotent", () => {
    fc.assert(
      fc.property(uniqueEvents, fc.integer({ min: 0, max: 8 }), (events, cut) => {
        const a = replayReviews(events.slice(0, cut));
        const b = replayReviews(events.slice(cut));
        const ab = mergeReviewStates(a, b);
        expect(ab).toEqual(mergeReviewStates(b, a));
        expect(ab).toEqual(replayReviews(events));
        expect(mergeReviewStates(ab, b)).toBe(ab);
        expect(mergeReviewStates(ab, a)).toBe(ab);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the first state's grade when one session was graded differently in each", () => {
    const mine = replayReviews([{ at: T0, grade: 4, sessionId: "s" }]);
    const theirs = replayReviews([{ at: T0, grade: 1, sessionId: "s" }, { at: T0 + DAY, grade: 3, sessionId: "t" }]);
    const merged = mergeReviewStates(mine, theirs);
    expect(merged?.log).toEqual([
      { at: T0, grade: 4, sessionId: "s" },
      { at: T0 + DAY, grade: 3, sessionId: "t" },
    ]);
  });
});

describe("isDue and dueQueue", () => {
  const state = (due: number): ReviewState => ({ ...applyGrade(undefined, 3, T0), due });

  it("is due from its due time on, not before", () => {
    const s = state(T0 + DAY);
    expect(isDue(s, T0 + DAY - 1)).toBe(false);
    expect(isDue(s, T0 + DAY)).toBe(true);
  });

  it("lists due questions most overdue first, ties in the given order, leaving out new and not-yet-due ones", () => {
    const states: Record<string, ReviewState> = {
      late: state(T0 - 5 * DAY),
      today: state(T0),
      tieA: state(T0 - DAY),
      tieB: state(T0 - DAY),
      later: state(T0 + DAY),
    };
    const ids = ["never", "today", "later", "tieB", "late", "tieA", "toString", "__proto__"];
    expect(dueQueue(states, ids, T0)).toEqual(["late", "tieB", "tieA", "today"]);
    expect(dueQueue(states, [], T0)).toEqual([]);
  });

  it("orders 10,000 questions in well under 50 ms", () => {
    const states: Record<string, ReviewState> = {};
    const ids: string[] = [];
    const base = applyGrade(undefined, 3, T0);
    for (let i = 0; i < 10_000; i += 1) {
      const id = `deck/question-${i}`;
      ids.push(id);
      if (i % 10 !== 0) states[id] = { ...base, due: T0 + ((i * 7919) % 60) * DAY - 30 * DAY };
    }
    dueQueue(states, ids, T0); // warm up
    const times: number[] = [];
    let queue: string[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      queue = dueQueue(states, ids, T0);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(50);
    expect(queue.length).toBeGreaterThan(4000);
    for (let i = 1; i < queue.length; i += 1) {
      expect(states[queue[i - 1] as string]!.due).toBeLessThanOrEqual(states[queue[i] as string]!.due);
    }
  });
});

describe("parseReviewState", () => {
  const good = graded([3, 2]);

  it("accepts a state it wrote", () => {
    expect(parseReviewState(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each([
    ["null", null],
    ["a string", "due tomorrow"],
    ["an array", [good]],
    ["a negative due date", { ...good, due: -1 }],
    ["an infinite stability", { ...good, stability: Infinity }],
    ["NaN difficulty", { ...good, difficulty: Number.NaN }],
    ["an unknown phase", { ...good, phase: "mastered" }],
    ["a fractional rep count", { ...good, reps: 1.5 }],
    ["a grade of 5 in the log", { ...good, log: [{ at: T0, grade: 5 }] }],
    ["a missing log", { ...good, log: undefined }],
    ["a string date", { ...good, lastReview: "2025-01-06" }],
  ])("rejects %s", (_label, value) => {
    expect(parseReviewState(value)).toBeUndefined();
  });
});
