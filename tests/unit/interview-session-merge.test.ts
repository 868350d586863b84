import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import { createSession, transition, type SessionEvent } from "../../src/interview/session-machine.ts";
import {
  FILED_LIMIT,
  KEEP_FINISHED,
  lastChange,
  mergeSavedSessions,
  pruneSavedSessions,
  mergeSession,
  pickResumable,
  restoredAfterClear,
  stampChange,
  type SavedSessions,
} from "../../src/interview/session-merge.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";

const questions: Question[] = [1, 2, 3].map((n) => makeQuestion(`q${n}`, { keyPoints: [] }));
const [Q1, Q2, Q3] = questions.map((q) => q.id) as [string, string, string];

/** A session started at `at`, stamped as the store does. */
function started(id: string, at = 1000): Session {
  return stampChange(null, createSession(sessionConfig(), questions, { id, at }), at);
}

/** `transition` then `stampChange`: what the store does with each event. */
function apply(session: Session, event: SessionEvent): Session {
  return stampChange(session, transition(session, event), event.at);
}

function graded(session: Session, grades: readonly Grade[], from: number): Session {
  let s = session;
  grades.forEach((grade, i) => {
    s = apply(s, { type: "graded", at: from + i * 10, grade });
    if (i < grades.length - 1) s = apply(s, { type: "movedNext", at: from + i * 10 + 5 });
  });
  return s;
}

function finished(id: string, grades: readonly Grade[] = [3, 3, 3], at = 5000): Session {
  return apply(graded(started(id), grades, 2000), { type: "finished", at });
}

const saved = (
  open: Session[],
  done: Session[] = [],
  clearedAt: number | null = null,
  filed: Record<string, number> = {},
): SavedSessions => ({
  open: Object.fromEntries(open.map((s) => [s.id, s])),
  finished: Object.fromEntries(done.map((s) => [s.id, s])),
  clearedAt,
  filed,
});

const gradesOf = (session: Session | undefined) => session?.questionIds.map((id) => session.entries[id]?.grade);

describe("stampChange", () => {
  it("records when the session and each changed entry changed, and nothing when nothing did", () => {
    const s = started("s1", 1000);
    expect(s.updatedAt).toBe(1000);
    expect(s.entries[Q1]?.changedAt).toBe(1000);
    const same = transition(s, { type: "movedPrevious", at: 2000 });
    expect(stampChange(s, same, 2000)).toBe(s);

    const next = apply(s, { type: "graded", at: 3000, grade: 4 });
    expect(next.updatedAt).toBe(3000);
    expect(next.entries[Q1]?.changedAt).toBe(3000);
    expect(next.entries[Q2]).toBe(s.entries[Q2]);
  });

  it("never moves a change time backwards (an event with an older clock)", () => {
    const s = apply(started("s1", 1000), { type: "graded", at: 9000, grade: 2 });
    const late = apply(s, { type: "flagToggled", at: 4000 });
    expect(late.updatedAt).toBe(9000);
    expect(late.entries[Q1]?.changedAt).toBe(9000);
  });
});

describe("mergeSession", () => {
  it("finished wins over open, whichever side it is on", () => {
    const open = graded(started("s1"), [4, 4], 2000);
    const done = finished("s1", [1, 1, 1]);
    expect(mergeSession(open, done)).toBe(done);
    expect(mergeSession(done, open)).toBe(done);
  });

  it("of two open copies, the one changed last wins whole; a tie keeps the first", () => {
    const older = graded(started("s1"), [2], 2000);
    const newer = graded(started("s1"), [4, 4], 3000);
    expect(mergeSession(older, newer)).toBe(newer);
    expect(mergeSession(newer, older)).toBe(newer);
    const twin = { ...newer };
    expect(mergeSession(newer, twin)).toBe(newer);
    expect(mergeSession(twin, newer)).toBe(twin);
  });

  it("keeps both regrades of one finished session made in two tabs, in either order", () => {
    const done = finished("s1", [3, 3, 3]);
    const tabA = apply(done, { type: "regraded", at: 6000, questionId: Q1, grade: 4 });
    const tabB = apply(done, { type: "regraded", at: 6500, questionId: Q2, grade: 1 });
    expect(gradesOf(mergeSession(tabA, tabB))).toEqual([4, 1, 3]);
    expect(gradesOf(mergeSession(tabB, tabA))).toEqual([4, 1, 3]);
    expect(mergeSession(tabA, tabB).updatedAt).toBe(6500);
    // The same question regraded in both: the later regrade stands.
    const tabC = apply(done, { type: "regraded", at: 7000, questionId: Q1, grade: 2 });
    expect(gradesOf(mergeSession(tabA, tabC))).toEqual([2, 3, 3]);
    expect(gradesOf(mergeSession(tabC, tabA))).toEqual([2, 3, 3]);
  });

  it("returns the first copy itself when the second adds nothing", () => {
    const done = finished("s1");
    const regraded = apply(done, { type: "regraded", at: 6000, questionId: Q3, grade: 1 });
    expect(mergeSession(regraded, done)).toBe(regraded);
    expect(mergeSession(done, done)).toBe(done);
  });

  it("treats sessions saved before change times as older than any stamped change", () => {
    const legacy = transition(createSession(sessionConfig(), questions, { id: "s1", at: 1000 }), {
      type: "finished",
      at: 5000,
    });
    expect(lastChange(legacy)).toBe(5000);
    const regraded = apply(legacy, { type: "regraded", at: 6000, questionId: Q2, grade: 4 });
    expect(gradesOf(mergeSession(legacy, regraded))).toEqual([undefined, 4, undefined]);
  });
});

describe("mergeSavedSessions", () => {
  it("keeps the open sessions of both tabs and the results of both", () => {
    const a = saved([graded(started("a"), [4], 2000)], [finished("old-a")]);
    const b = saved([graded(started("b"), [1], 2100)], [finished("old-b")]);
    const merged = mergeSavedSessions(a, b);
    expect(Object.keys(merged.open).sort()).toEqual(["a", "b"]);
    expect(Object.keys(merged.finished).sort()).toEqual(["old-a", "old-b"]);
    expect(mergeSavedSessions(b, a)).toEqual(merged);
  });

  it("drops the open copy of a session the other tab finished", () => {
    const open = graded(started("s1"), [4, 4], 2000);
    const mine = saved([open]);
    const theirs = saved([], [finished("s1")]);
    const merged = mergeSavedSessions(mine, theirs);
    expect(merged.open).toEqual({});
    expect(merged.finished.s1?.finishedAt).toBe(5000);
    expect(mergeSavedSessions(theirs, mine)).toBe(theirs);
  });

  it("returns the first state itself when the second adds nothing, and is idempotent", () => {
    const a = saved([started("a")], [finished("f1")]);
    const b = saved([started("b")], [finished("f2")]);
    expect(mergeSavedSessions(a, saved([], []))).toBe(a);
    expect(mergeSavedSessions(a, a)).toBe(a);
    const merged = mergeSavedSessions(a, b);
    expect(mergeSavedSessions(merged, a)).toBe(merged);
    expect(mergeSavedSessions(merged, b)).toBe(merged);
  });

  it("keeps results deleted in one tab deleted, but not those finished after the deletion", () => {
    const before = finished("before", [3, 3, 3], 5000);
    const after = finished("after", [3, 3, 3], 9000);
    const deleting = saved([], [], 8000);
    const other = saved([started("open", 7000)], [before, after]);
    const merged = mergeSavedSessions(other, deleting);
    expect(Object.keys(merged.finished)).toEqual(["after"]);
    expect(Object.keys(merged.open)).toEqual(["open"]);
    expect(merged.clearedAt).toBe(8000);
    expect(mergeSavedSessions(deleting, other)).toEqual(merged);
  });

  it("keeps a session brought back after the deletion (a backup's): every tab's next save keeps it", () => {
    const fromBackup = finished("restored", [4, 2, 3], 5000);
    // As the store held it before this fix: the restored copy, last changed before the deletion, is dropped.
    const unstamped = saved([], [fromBackup], 8000);
    expect(mergeSavedSessions(unstamped, saved([], [], 8000)).finished).toEqual({});

    const restored = restoredAfterClear(fromBackup, 8000, 9000);
    expect(lastChange(restored)).toBe(9000);
    expect(gradesOf(restored)).toEqual([4, 2, 3]);
    expect(restored.entries).toBe(fromBackup.entries);
    const here = saved([], [restored], 8000);
    // This tab's save over what it wrote at the deletion, and a tab that never heard of the
    // deletion, still holding the old copy: the restored session stands in both.
    for (const other of [saved([], [], 8000), saved([], [fromBackup], null)]) {
      const merged = mergeSavedSessions(here, other);
      expect(merged.finished.restored).toBe(restored);
      expect(mergeSavedSessions(other, here).finished.restored).toEqual(restored);
    }
  });

  it("restoredAfterClear leaves a session alone when no deletion covers it, and never dates it back", () => {
    const session = finished("s", [3, 3, 3], 5000);
    expect(restoredAfterClear(session, null, 9000)).toBe(session);
    expect(restoredAfterClear(session, 4000, 9000)).toBe(session);
    // A clock behind the deletion's (another tab's) still lands after it.
    expect(lastChange(restoredAfterClear(session, 8000, 7000))).toBe(8001);
  });

  /** Copies of one saved state made by tabs that each did their own things, with distinct times. */
  const tabHistories = fc
    .record({
      grades: fc.array(fc.constantFrom<Grade>(1, 2, 3, 4), { minLength: 2, maxLength: 6 }),
      regradesA: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom<Grade>(1, 2, 3, 4)), {
        maxLength: 4,
      }),
      regradesB: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom<Grade>(1, 2, 3, 4)), {
        maxLength: 4,
      }),
      finishA: fc.boolean(),
    })
    .map(({ grades, regradesA, regradesB, finishA }) => {
      const shared = finished("shared");
      let a = shared;
      regradesA.forEach(
        ([q, g], i) =>
          (a = apply(a, { type: "regraded", at: 10_000 + i * 20, questionId: questions[q]!.id, grade: g })),
      );
      let b = shared;
      regradesB.forEach(
        ([q, g], i) =>
          (b = apply(b, { type: "regraded", at: 10_010 + i * 20, questionId: questions[q]!.id, grade: g })),
      );
      let ownA = graded(started("tab-a", 20_000), grades, 20_100);
      if (finishA) ownA = apply(ownA, { type: "finished", at: 30_000 });
      const ownB = graded(started("tab-b", 20_050), [...grades].reverse(), 20_150);
      return {
        a: saved(finishA ? [] : [ownA], finishA ? [a, ownA] : [a]),
        b: saved([ownB], [b]),
      };
    });

  it("gives the same state whichever tab merges, loses no grade and stays put once merged", () => {
    fc.assert(
      fc.property(tabHistories, ({ a, b }) => {
        const ab = mergeSavedSessions(a, b);
        const ba = mergeSavedSessions(b, a);
        expect(ab).toEqual(ba);
        expect(mergeSavedSessions(ab, a)).toBe(ab);
        expect(mergeSavedSessions(ab, b)).toBe(ab);
        // Each tab's own session is whole, and per question the copy changed last stands.
        expect(ab.open["tab-b"]).toBe(b.open["tab-b"]);
        const shared = ab.finished.shared!;
        for (const { id } of questions) {
          const fromA = a.finished.shared!.entries[id]!;
          const fromB = b.finished.shared!.entries[id]!;
          const later = (fromB.changedAt ?? 0) > (fromA.changedAt ?? 0) ? fromB : fromA;
          expect(shared.entries[id]).toBe(later);
        }
      }),
    );
  });

  it("two tabs writing one storage, each merging what it read, lose no grade even when a write is overwritten", () => {
    // Tab B reads the storage before tab A's write lands, then overwrites it: A's next merge
    // (on B's storage event) brings A's grade back, and the storage ends with both sessions.
    let storage = saved([]);
    let tabA = saved([]);
    let tabB = saved([]);
    const write = (tab: SavedSessions, read: SavedSessions) => mergeSavedSessions(tab, read);

    let sessionA = started("a", 1000);
    let sessionB = started("b", 1001);
    tabA = { ...tabA, open: { a: sessionA } };
    tabB = { ...tabB, open: { b: sessionB } };
    const staleRead = storage;
    storage = write(tabA, storage);
    storage = write(tabB, staleRead); // B's write loses A's session in storage…
    expect(Object.keys(storage.open)).toEqual(["b"]);
    tabA = mergeSavedSessions(tabA, storage); // …until A hears of B's write,
    if (mergeSavedSessions(storage, tabA) !== storage) storage = write(tabA, storage); // which A writes back.
    expect(Object.keys(storage.open).sort()).toEqual(["a", "b"]);

    sessionA = apply(graded(sessionA, [4, 2, 3], 2000), { type: "finished", at: 3000 });
    sessionB = apply(graded(sessionB, [1, 1, 2], 2005), { type: "finished", at: 3005 });
    tabA = mergeSavedSessions(saved([], [sessionA]), tabA);
    tabB = mergeSavedSessions(saved([], [sessionB]), mergeSavedSessions(tabB, storage));
    storage = write(tabA, storage);
    storage = write(tabB, storage);
    tabA = mergeSavedSessions(tabA, storage);
    expect(storage.open).toEqual({});
    expect(gradesOf(storage.finished.a)).toEqual([4, 2, 3]);
    expect(gradesOf(storage.finished.b)).toEqual([1, 1, 2]);
    expect(tabA).toEqual(storage);
  });
});

describe("pruneSavedSessions: filed results beyond the most recent leave the saved state", () => {
  /** `n` finished sessions, `s0` finished first (at 10_000), each 1000 ms after the one before. */
  const many = (n: number) => Array.from({ length: n }, (_, i) => finished(`s${i}`, [3, 3, 3], 10_000 + i * 1000));
  const filedAll = (sessions: Session[]) => Object.fromEntries(sessions.map((s) => [s.id, lastChange(s)]));
  const ids = (state: SavedSessions) => Object.keys(state.finished).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));

  it("keeps the 10 most recently changed of 12 filed results; the filed ids stay, so they do not come back", () => {
    expect(KEEP_FINISHED).toBe(10);
    const sessions = many(12);
    const state = saved([started("open-one")], sessions, null, filedAll(sessions));
    const pruned = pruneSavedSessions(state);
    expect(ids(pruned)).toEqual(sessions.slice(2).map((s) => s.id));
    expect(pruned.filed).toEqual(state.filed);
    expect(pruned.open).toBe(state.open);
    expect(pruneSavedSessions(pruned)).toBe(pruned);
  });

  it("never drops a result that is not filed, or that changed after it was filed (a regrade not filed yet)", () => {
    const sessions = many(14);
    expect(pruneSavedSessions(saved([], sessions))).toEqual(saved([], sessions));
    // s0 was filed as it was when finished (10_000), then regraded at 10_500: not filed as it is now.
    const regraded = apply(sessions[0]!, { type: "regraded", at: 10_500, questionId: Q1, grade: 1 });
    expect(lastChange(regraded)).toBe(10_500);
    const withRegrade = saved([], [regraded, ...sessions.slice(1)], null, filedAll(sessions));
    expect(ids(pruneSavedSessions(withRegrade))).toEqual(["s0", ...sessions.slice(4).map((s) => s.id)]);
    // s1..s3 are filed and older than the 10 most recent: they go; s0 stays until filed again.
    const unfiled = saved([], sessions, null, { s0: lastChange(sessions[0]!), s2: lastChange(sessions[2]!) });
    expect(ids(pruneSavedSessions(unfiled))).toEqual(sessions.filter((s) => s.id !== "s0" && s.id !== "s2").map((s) => s.id));
  });

  it("ranks by last change: a result opened again from history (changed now) counts as recent", () => {
    const sessions = many(11);
    const reopened = { ...sessions[0]!, updatedAt: 99_000 };
    const state = saved([], [reopened, ...sessions.slice(1)], null, { ...filedAll(sessions), s0: 99_000 });
    expect(ids(pruneSavedSessions(state))).toEqual(["s0", ...sessions.slice(2).map((s) => s.id)]);
  });

  it("two tabs converge: a tab still holding pruned results drops them when it merges, and neither brings them back", () => {
    const sessions = many(12);
    const tabA = pruneSavedSessions(saved([], sessions, null, filedAll(sessions)));
    // Tab B never heard of the filing: it holds all 12.
    const tabB = saved([started("b-open", 30_000)], sessions);
    const ab = mergeSavedSessions(tabA, tabB);
    const ba = mergeSavedSessions(tabB, tabA);
    expect(ab).toEqual(ba);
    expect(ids(ab)).toEqual(sessions.slice(2).map((s) => s.id));
    expect(Object.keys(ab.open)).toEqual(["b-open"]);
    expect(mergeSavedSessions(ab, tabB)).toBe(ab);
    expect(mergeSavedSessions(ab, tabA)).toBe(ab);
    // Filed times merge as the later of the two.
    expect(mergeSavedSessions(saved([], [], null, { x: 5 }), saved([], [], null, { x: 7, y: 1 })).filed).toEqual({ x: 7, y: 1 });
  });

  it("bounds the filed ids: those of saved results all stay, of the others the latest FILED_LIMIT", () => {
    const sessions = many(12);
    const gone = Object.fromEntries(Array.from({ length: FILED_LIMIT + 5 }, (_, i) => [`gone${i}`, i + 1]));
    const pruned = pruneSavedSessions(saved([], sessions, null, { ...gone, ...filedAll(sessions) }));
    const keys = Object.keys(pruned.filed);
    expect(keys).toHaveLength(10 + FILED_LIMIT);
    for (const s of sessions.slice(2)) expect(pruned.filed[s.id]).toBe(lastChange(s));
    // The two pruned sessions (filed at 10_000 and 11_000) are the latest of the rest: kept.
    expect(pruned.filed.s0).toBe(10_000);
    expect(pruned.filed.s1).toBe(11_000);
    for (let i = 0; i < 7; i += 1) expect(pruned.filed[`gone${i}`]).toBeUndefined();
    expect(pruned.filed[`gone${FILED_LIMIT + 4}`]).toBe(FILED_LIMIT + 5);
  });

  it("whatever two tabs hold, merging keeps every result not filed as it is and at most 10 filed ones", () => {
    const tab = fc.record({
      done: fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: 20 }),
      filed: fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: 20 }),
    });
    fc.assert(
      fc.property(tab, tab, (x, y) => {
        const sessionOf = (n: number) => finished(`s${n}`, [3, 3, 3], 10_000 + n * 1000);
        const toState = ({ done, filed }: { done: number[]; filed: number[] }) =>
          saved([], done.map(sessionOf), null, Object.fromEntries(filed.map((n) => [`s${n}`, lastChange(sessionOf(n))])));
        const a = toState(x);
        const b = toState(y);
        const ab = mergeSavedSessions(a, b);
        expect(ab).toEqual(mergeSavedSessions(b, a));
        expect(mergeSavedSessions(ab, a)).toBe(ab);
        expect(mergeSavedSessions(ab, b)).toBe(ab);
        const filed = new Set([...x.filed, ...y.filed].map((n) => `s${n}`));
        const all = new Set([...x.done, ...y.done].map((n) => `s${n}`));
        for (const id of all) if (!filed.has(id)) expect(ab.finished[id]).toBeDefined();
        const keptFiled = Object.keys(ab.finished).filter((id) => filed.has(id));
        expect(keptFiled.length).toBeLessThanOrEqual(KEEP_FINISHED);
        // The 10 most recently changed of all (here: the highest numbers) always stay.
        const recent = [...all].sort((p, q) => Number(q.slice(1)) - Number(p.slice(1))).slice(0, KEEP_FINISHED);
        for (const id of recent) expect(ab.finished[id]).toBeDefined();
      }),
    );
  });
});

describe("pickResumable", () => {
  const own = started("own", 1000);
  const left = started("left", 3000);
  const older = started("older", 2000);
  const running = started("running", 4000);
  const open = Object.fromEntries([own, left, older, running].map((s) => [s.id, s]));

  it("offers this tab's own session first", () => {
    expect(pickResumable(open, { ownId: "own", busyElsewhere: new Set(["running"]) })).toBe(own);
    expect(pickResumable(open, { ownId: "own", busyElsewhere: null })).toBe(own);
  });

  it("else the latest session no other tab runs, and none while that is not known", () => {
    expect(pickResumable(open, { ownId: null, busyElsewhere: new Set(["running"]) })).toBe(left);
    expect(pickResumable(open, { ownId: "gone", busyElsewhere: new Set(["running", "left"]) })).toBe(older);
    expect(pickResumable(open, { ownId: null, busyElsewhere: null })).toBeNull();
    expect(
      pickResumable(open, { ownId: null, busyElsewhere: new Set(["running", "left", "older", "own"]) }),
    ).toBeNull();
    expect(pickResumable({}, { ownId: null, busyElsewhere: new Set() })).toBeNull();
  });
});
