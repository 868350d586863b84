import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildBackup,
  mergeBackup,
  parseBackup,
  planImport,
  serializeBackup,
  type Backup,
} from "../../src/interview/backup.ts";
import { recordReview, replayReviews, reviewEventsOf, type ReviewState } from "../../src/interview/review-schedule.ts";
import type { Grade, QuestionMeta, Session, SessionEntry } from "../../src/interview/session-types.ts";
import { parseSession } from "../../src/store/migrations.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 3, 1, 8, 0, 0);

function session(id: string, finishedAt: number | undefined, grades: Record<string, Grade | undefined>): Session {
  const questionIds = Object.keys(grades);
  const questionMeta: Record<string, QuestionMeta> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const q of questionIds) {
    questionMeta[q] = {
      deckId: "aws", label: q, section: "S", kind: "concept", prompt: `${q}?`, hash: "h", limitMs: 180_000, keyPointCount: 1,
    };
    const grade = grades[q];
    entries[q] = {
      elapsedMs: 1000, checkedKeyPoints: [], notes: "", flagged: false, skipped: grade === undefined,
      ...(grade === undefined ? {} : { grade }),
    };
  }
  return {
    id,
    config: {
      deckIds: ["aws"], sections: null, kinds: ["concept"], count: questionIds.length, order: "in-order", seed: "s",
      perQuestionSeconds: { concept: 180, scenario: 360 }, totalSeconds: null, onTimeUp: "overrun", mode: "practice",
    },
    questionIds,
    questionMeta,
    startedAt: (finishedAt ?? T0) - 1000,
    currentIndex: 0,
    entries,
    ...(finishedAt === undefined ? {} : { finishedAt }),
  };
}

/** Review states exactly as the app files them: every graded question of every session, once. */
function reviewsOf(sessions: readonly Session[]): Record<string, ReviewState> {
  const reviews: Record<string, ReviewState> = {};
  for (const s of sessions) {
    for (const { questionId, event } of reviewEventsOf(s)) reviews[questionId] = recordReview(reviews[questionId], event);
  }
  return reviews;
}

function parse(text: string) {
  return parseBackup(text, parseSession);
}

const s1 = session("s1", T0, { q1: 3, q2: 1 });
const s2 = session("s2", T0 + DAY, { q1: 4, q3: undefined });
const s3 = session("s3", T0 + 2 * DAY, { q2: 2, q4: 4 });

describe("buildBackup and parseBackup", () => {
  it("writes a versioned file that reads back as the same data", () => {
    const reviews = reviewsOf([s1, s2]);
    const backup = buildBackup([s2, s1, session("open", undefined, { q9: 2 })], reviews, T0 + 3 * DAY);
    expect(backup).toMatchObject({ format: "rehearse-backup", version: 1, exportedAt: T0 + 3 * DAY });
    expect(backup.sessions.map((s) => s.id)).toEqual(["s1", "s2"]); // finished only, oldest first
    const read = parse(serializeBackup(backup));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.damaged).toEqual({ sessions: 0, reviews: 0 });
    expect(read.value.backup.sessions).toEqual([s1, s2]);
    expect({ ...read.value.backup.reviews }).toEqual(reviews);
  });

  it("accepts a file with a byte order mark", () => {
    const read = parse(`\uFEFF${serializeBackup(buildBackup([s1], {}, T0))}`);
    expect(read.ok).toBe(true);
  });

  const valid = JSON.parse(serializeBackup(buildBackup([s1], reviewsOf([s1]), T0))) as Record<string, unknown>;
  it.each([
    ["an empty file", "", /empty/],
    ["blank space", "  \n ", /empty/],
    ["text that is not JSON", "Q1: What is S3?", /not valid JSON/],
    ["cut-off JSON", serializeBackup(buildBackup([s1], {}, T0)).slice(0, 200), /not valid JSON/],
    ["JSON null", "null", /not a Rehearse backup/],
    ["a JSON array", "[]", /not a Rehearse backup/],
    ["a JSON string", '"rehearse-backup"', /not a Rehearse backup/],
    ["another app's file", JSON.stringify({ format: "anki", version: 1 }), /not a Rehearse backup/],
    ["the session store's own blob", JSON.stringify({ state: { current: null, finished: {} }, version: 1 }), /not a Rehearse backup/],
    ["a newer version", JSON.stringify({ ...valid, version: 2 }), /newer version of Rehearse \(format 2/],
    ["version 0", JSON.stringify({ ...valid, version: 0 }), /version is missing or invalid/],
    ["a version string", JSON.stringify({ ...valid, version: "1" }), /version is missing or invalid/],
    ["no export date", JSON.stringify({ ...valid, exportedAt: undefined }), /export date/],
    ["sessions that are not a list", JSON.stringify({ ...valid, sessions: { s1 } }), /sessions or review data/],
    ["reviews that are a list", JSON.stringify({ ...valid, reviews: [] }), /sessions or review data/],
    ["a deeply nested value", `{"format":"rehearse-backup","version":1,"x":${"[".repeat(20000)}${"]".repeat(20000)}}`, /./],
  ])("refuses %s with a reason", (_label, text, reason) => {
    const read = parse(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(reason);
  });

  it("leaves out damaged records of a good file and counts them", () => {
    const text = JSON.stringify({
      ...valid,
      sessions: [s1, { ...s2, questionIds: "q1" }, session("open", undefined, { q1: 1 }), 42, null, s1, s3],
      reviews: { q1: reviewsOf([s1]).q1, q2: { due: "soon" }, "": reviewsOf([s1]).q1 },
    });
    const read = parse(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.backup.sessions.map((s) => s.id)).toEqual(["s1", "s3"]);
    expect(read.value.damaged).toEqual({ sessions: 4, reviews: 2 });
    expect(Object.keys(read.value.backup.reviews)).toEqual(["q1"]);
  });

  it("keeps a question id of __proto__ as a plain key without touching any prototype", () => {
    const state = reviewsOf([s1]).q1;
    const text = `{"format":"rehearse-backup","version":1,"exportedAt":1,"sessions":[],"reviews":{"__proto__":${JSON.stringify(
      state,
    )},"constructor":${JSON.stringify(state)}}}`;
    const read = parse(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.value.backup.reviews).sort()).toEqual(["__proto__", "constructor"]);
    expect(Object.hasOwn(read.value.backup.reviews, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).due).toBeUndefined();
    const merged = mergeBackup({ sessions: [], reviews: {} }, read.value.backup);
    expect(Object.keys(merged.reviews).sort()).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).due).toBeUndefined();
  });
});

describe("planImport and mergeBackup", () => {
  const existing = { sessions: [s1, s2], reviews: reviewsOf([s1, s2]) };
  const backup: Pick<Backup, "sessions" | "reviews"> = { sessions: [s2, s3], reviews: reviewsOf([s2, s3]) };

  it("says what will be added and which sessions are already here", () => {
    const plan = planImport(existing, backup);
    expect(plan.newSessions.map((s) => s.id)).toEqual(["s3"]);
    expect(plan.duplicateSessionIds).toEqual(["s2"]);
    expect(plan.reviewsAdded).toBe(1); // q4
    expect(plan.reviewsUpdated).toBe(1); // q2 gains s3's grade; q1 already holds s2's
    expect(plan.nothingToAdd).toBe(false);
  });

  it("merges without duplicating sessions, and importing again changes nothing", () => {
    const once = mergeBackup(existing, backup);
    expect(once.sessions.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect({ ...once.reviews }).toEqual(reviewsOf([s1, s2, s3]));
    const twice = mergeBackup(once, backup);
    expect(twice).toEqual(once);
    expect(planImport(once, backup)).toMatchObject({ newSessions: [], reviewsAdded: 0, reviewsUpdated: 0, nothingToAdd: true });
  });

  it("keeps the history's copy of a session regraded since the export", () => {
    const regraded = session("s1", T0, { q1: 1, q2: 1 });
    const merged = mergeBackup({ sessions: [regraded], reviews: reviewsOf([regraded]) }, { sessions: [s1], reviews: reviewsOf([s1]) });
    expect(merged.sessions).toEqual([regraded]);
    expect(merged.reviews.q1?.log).toEqual([{ at: T0, grade: 1, sessionId: "s1" }]);
  });

  it("files the grades of imported sessions even when the file has no review states", () => {
    const merged = mergeBackup({ sessions: [], reviews: {} }, { sessions: [s1, s3], reviews: {} });
    expect({ ...merged.reviews }).toEqual(reviewsOf([s1, s3]));
  });
});

const sessionArb = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    day: fc.integer({ min: 0, max: 60 }),
    grades: fc.dictionary(fc.constantFrom("q1", "q2", "q3", "q4"), fc.option(fc.constantFrom<Grade>(1, 2, 3, 4), { nil: undefined }), {
      minKeys: 1,
    }),
  })
  .map(({ id, day, grades }) => session(id, T0 + day * DAY, grades));
const historyArb = fc.uniqueArray(sessionArb, { maxLength: 5, selector: (s) => s.id });

describe("backup merge (properties)", () => {
  it("is idempotent and equals filing every session once", () => {
    fc.assert(
      fc.property(historyArb, historyArb, (mine, theirs) => {
        const existing = { sessions: mine, reviews: reviewsOf(mine) };
        const file = parse(serializeBackup(buildBackup(theirs, reviewsOf(theirs), T0)));
        if (!file.ok) throw new Error(file.error);
        const once = mergeBackup(existing, file.value.backup);
        expect(mergeBackup(once, file.value.backup)).toEqual(once);
        expect(planImport(once, file.value.backup).nothingToAdd).toBe(true);

        const ids = once.sessions.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...new Set([...mine, ...theirs].map((s) => s.id))].sort());
        // every kept session's grades are in the review states, once each
        const kept = once.sessions;
        for (const [questionId, state] of Object.entries(once.reviews)) {
          const events = kept.flatMap((s) => reviewEventsOf(s).filter((e) => e.questionId === questionId).map((e) => e.event));
          expect(state).toEqual(replayReviews(events));
        }
      }),
      { numRuns: 120 },
    );
  });
});
