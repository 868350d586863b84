import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildBackup, mergeBackup } from "../../src/interview/backup.ts";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import {
  createHistoryDb,
  LEGACY_SESSIONS_KEY,
  type HistoryChange,
  type HistoryDb,
} from "../../src/store/history-db.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import { rawHistoryStore, storeNames, writeFirstLayout } from "./idb-records.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 5, 7, 30, 0);

let dbCount = 0;
const opened: HistoryDb[] = [];

/** A fresh database name per test, and the same name for a second "tab" when asked. */
function freshName(): string {
  dbCount += 1;
  return `rehearse-history-test-${dbCount}`;
}

function openTab(dbName: string): HistoryDb {
  const db = createHistoryDb({ dbName, channelName: `${dbName}-channel` });
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.unstubAllGlobals();
});

/** A session finished at `finishedAt` through the real session machine, graded as given. */
function finishedSession(id: string, finishedAt: number, grades: Record<string, Grade | undefined>): Session {
  const ids = Object.keys(grades);
  let session = createSession(sessionConfig({ count: ids.length }), ids.map((q) => makeQuestion(q)), {
    id,
    at: finishedAt - 60_000,
  });
  ids.forEach((q, index) => {
    const grade = grades[q];
    const at = finishedAt - 50_000 + index * 1000;
    session = transition(session, { type: "jumpedTo", at, index });
    if (grade !== undefined) session = transition(session, { type: "graded", at, grade, questionId: `deck/${q}` });
  });
  return transition(session, { type: "finished", at: finishedAt });
}

describe("history database: save and read", () => {
  it("files a finished session with a review state per graded question", async () => {
    const db = openTab(freshName());
    const session = finishedSession("s1", T0, { a: 3, b: 1, c: undefined });
    expect(await db.saveFinishedSession(session)).toEqual({ ok: true, value: { reviewsChanged: 2 } });
    const read = await db.readHistory();
    expect(read.failure).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.sessions).toEqual([session]);
    expect(Object.keys(read.reviews).sort()).toEqual(["deck/a", "deck/b"]);
    expect(read.reviews["deck/a"]).toMatchObject({ reps: 1, lastReview: T0, due: T0 + 3 * DAY });
  });

  it("counts a session once when it is saved again, and takes a regrade", async () => {
    const db = openTab(freshName());
    const session = finishedSession("s1", T0, { a: 1 });
    await db.saveFinishedSession(session);
    await db.saveFinishedSession(session);
    expect((await db.readHistory()).reviews["deck/a"]?.reps).toBe(1);
    const regraded = transition(session, { type: "regraded", at: T0 + 5000, questionId: "deck/a", grade: 4 });
    await db.saveFinishedSession(regraded);
    const read = await db.readHistory();
    expect(read.sessions[0]?.entries["deck/a"]?.grade).toBe(4);
    expect(read.reviews["deck/a"]?.log).toEqual([{ at: T0, grade: 4, sessionId: "s1" }]);
  });

  it("refuses an open or invalid session without writing", async () => {
    const db = openTab(freshName());
    const open = createSession(sessionConfig(), [makeQuestion("a")], { id: "open", at: T0 });
    expect(await db.saveFinishedSession(open)).toMatchObject({ ok: false, error: expect.stringMatching(/finished/) });
    expect(await db.saveFinishedSession({ id: "x" } as unknown as Session)).toMatchObject({ ok: false });
    expect((await db.readHistory()).sessions).toEqual([]);
  });

  it("skips and reports bad records on read, keeps the good ones, and deletes nothing", async () => {
    const dbName = freshName();
    const db = openTab(dbName);
    const good = finishedSession("good", T0, { a: 3 });
    await db.saveFinishedSession(good);
    const sessions = rawHistoryStore("sessions", dbName);
    await sessions.put("bad", { schema: 1, kind: "session", session: { id: "bad", questionIds: 7 } });
    await sessions.put("other", { schema: 1, kind: "session", session: good });
    await sessions.put("future", { schema: 2, kind: "session", session: good });
    await rawHistoryStore("reviews", dbName).put("deck/z", { schema: 1, kind: "review", questionId: "deck/z", state: { due: "tomorrow" } });
    await sessions.put("junk", "hello");
    await sessions.put("mystery", { schema: 1, kind: "note" });

    const read = await db.readHistory();
    expect(read.failure).toBeNull();
    expect(read.sessions.map((s) => s.id)).toEqual(["good"]);
    expect(Object.keys(read.reviews)).toEqual(["deck/a"]);
    expect(read.problems).toEqual(
      expect.arrayContaining([
        { key: "session:bad", reason: "damaged session" },
        { key: "session:other", reason: "session id does not match its key" },
        { key: "session:future", reason: "written by a newer version of Rehearse (schema 2)" },
        { key: "review:deck/z", reason: "damaged review state" },
        { key: "session:junk", reason: "not a record" },
        { key: "session:mystery", reason: "unknown kind of record" },
      ]),
    );
    expect(read.problems).toHaveLength(6);
    expect(await sessions.get("bad")).toBeDefined();
  });

  it("leaves a newer version's review record alone when filing grades", async () => {
    const dbName = freshName();
    const db = openTab(dbName);
    const reviews = rawHistoryStore("reviews", dbName);
    const future = { schema: 2, kind: "review", questionId: "deck/a", state: { stabilityV2: 1 } };
    await reviews.put("deck/a", future);
    await db.saveFinishedSession(finishedSession("s1", T0, { a: 3, b: 3 }));
    expect(await reviews.get("deck/a")).toEqual(future);
    expect((await db.readHistory()).reviews["deck/b"]?.reps).toBe(1);
  });

  it("reports a browser without IndexedDB instead of throwing", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const db = openTab(freshName());
    const read = await db.readHistory();
    expect(read).toMatchObject({ sessions: [], problems: [], failure: expect.stringMatching(/could not be read/) });
    expect(await db.saveFinishedSession(finishedSession("s1", T0, { a: 3 }))).toMatchObject({ ok: false });
    expect(await db.migrateFromLocalStorage()).toMatchObject({ ok: false });
  });
});

describe("upgrade from the first layout (one key-value store, kinds in key prefixes)", () => {
  it("moves every record into its object store, keeps what it cannot read, and builds the index", async () => {
    // The records as the first version wrote them, taken from a database filed today.
    const scratch = freshName();
    const filer = openTab(scratch);
    const s1 = finishedSession("s1", T0, { a: 3, b: 1 });
    const s2 = finishedSession("s2", T0 + DAY, { a: 4 });
    await filer.saveFinishedSession(s1);
    await filer.saveFinishedSession(s2);
    const sessionsBefore = rawHistoryStore("sessions", scratch);
    const reviewsBefore = rawHistoryStore("reviews", scratch);
    const firstLayout: [string, unknown][] = [
      ["session:s1", await sessionsBefore.get("s1")],
      ["session:s2", await sessionsBefore.get("s2")],
      ["review:deck/a", await reviewsBefore.get("deck/a")],
      ["review:deck/b", await reviewsBefore.get("deck/b")],
      // An index record the first layout had: dropped and built again.
      ["summary:s1", { schema: 1, kind: "summary", summary: { id: "s1", questions: "stale" } }],
      ["meta:index", { schema: 1, kind: "index", problems: [] }],
      ["meta:migrated-local-storage", { schema: 1, kind: "marker", at: T0 }],
      // What could not be read then cannot now: kept and reported, never dropped.
      ["session:bad", { schema: 1, kind: "session", session: { id: "bad" } }],
      ["review:deck/newer", { schema: 2, kind: "review", questionId: "deck/newer", state: {} }],
      ["junk", "hello"],
    ];
    const dbName = freshName();
    await writeFirstLayout(dbName, firstLayout);

    const db = openTab(dbName);
    const full = await db.readHistory();
    expect(full.failure).toBeNull();
    expect(full.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(full.sessions.find((s) => s.id === "s1")).toEqual(s1);
    expect(full.reviews).toEqual((await filer.readHistory()).reviews);
    expect(full.problems).toEqual(
      expect.arrayContaining([
        { key: "session:bad", reason: "damaged session" },
        { key: "review:deck/newer", reason: "written by a newer version of Rehearse (schema 2)" },
        { key: "junk", reason: "not a record" },
      ]),
    );
    expect(full.problems).toHaveLength(3);
    expect(await storeNames(dbName)).toEqual(["meta", "questions", "reviews", "sessions", "summaries", "unplaced"]);
    expect(await rawHistoryStore("sessions", dbName).get("bad")).toEqual({ schema: 1, kind: "session", session: { id: "bad" } });

    // The index was built in the upgrade: the overview reads it as it is, with the problems.
    const overview = await db.readOverview();
    expect(overview.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(overview.problems).toEqual(expect.arrayContaining([{ key: "session:bad", reason: "damaged session" }]));
    expect(overview.questions["deck/a"]?.due).toBe(full.reviews["deck/a"]?.due);
    expect(await db.readDueBy(Number.MAX_SAFE_INTEGER)).toEqual(["deck/a", "deck/b"].sort((a, b) => (full.reviews[a]!.due - full.reviews[b]!.due)));
    // The move from localStorage had been done: it is not done again.
    expect(await db.migrateFromLocalStorage({ getItem: () => null })).toMatchObject({ ok: true, value: { status: "already-done" } });
    // And the upgraded database takes new sessions like any other.
    expect(await db.saveFinishedSession(finishedSession("s3", T0 + 2 * DAY, { c: 2 }))).toMatchObject({ ok: true });
    expect((await db.readOverview()).sessions).toHaveLength(3);
  });

  it("creates an empty database in today's layout", async () => {
    const dbName = freshName();
    const db = openTab(dbName);
    expect(await db.readOverview()).toEqual({ sessions: [], questions: {}, problems: [], failure: null });
    expect(await storeNames(dbName)).toEqual(["meta", "questions", "reviews", "sessions", "summaries", "unplaced"]);
  });

  it("says so, instead of waiting, when a tab of an older version holds the database open", async () => {
    const dbName = freshName();
    await writeFirstLayout(dbName, [["session:s1", { schema: 1, kind: "session", session: finishedSession("s1", T0, { a: 3 }) }]]);
    // An older build's connection (idb-keyval never closes it, nor answers a version change).
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = openTab(dbName);
    expect((await db.readOverview()).failure).toMatch(/open in another tab that runs an older version\. Reload or close that tab/);
    expect(await db.saveFinishedSession(finishedSession("s2", T0, { a: 3 }))).toEqual({
      ok: false,
      error: expect.stringMatching(/another tab that runs an older version/),
    });
    // Once that tab is gone, the next read upgrades the database and finds the session.
    older.close();
    await vi.waitFor(async () => expect((await db.readOverview()).sessions.map((s) => s.id)).toEqual(["s1"]));
  });

  it("says to reload when a newer version of the app has upgraded the database", async () => {
    const dbName = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(dbName, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const db = openTab(dbName);
    expect((await db.readOverview()).failure).toMatch(/newer version of Rehearse: reload the page/);
    expect(await db.saveFinishedSession(finishedSession("s1", T0, { a: 3 }))).toEqual({
      ok: false,
      error: expect.stringMatching(/newer version of Rehearse: reload the page/),
    });
  });
});

describe("two tabs", () => {
  it("lose no grades when both file sessions at once", async () => {
    const dbName = freshName();
    const tabA = openTab(dbName);
    const tabB = openTab(dbName);
    const sessions = Array.from({ length: 12 }, (_, i) =>
      finishedSession(`s${i}`, T0 + i * DAY, { shared: ((i % 4) + 1) as Grade, [`own${i}`]: 3 }),
    );
    const results = await Promise.all(sessions.map((s, i) => (i % 2 === 0 ? tabA : tabB).saveFinishedSession(s)));
    expect(results.every((r) => r.ok)).toBe(true);
    for (const tab of [tabA, tabB]) {
      const read = await tab.readHistory();
      expect(read.sessions).toHaveLength(12);
      const shared = read.reviews["deck/shared"];
      expect(shared?.reps).toBe(12);
      expect(shared?.log.map((e) => e.sessionId)).toEqual(sessions.map((s) => s.id));
      expect(Object.keys(read.reviews)).toHaveLength(13);
    }
  });

  it("tells the other tab after a write", async () => {
    const dbName = freshName();
    const tabA = openTab(dbName);
    const tabB = openTab(dbName);
    const heardInB: HistoryChange[] = [];
    const heardInA: HistoryChange[] = [];
    tabB.subscribe((change) => heardInB.push(change));
    tabA.subscribe((change) => heardInA.push(change));
    await tabA.saveFinishedSession(finishedSession("s1", T0, { a: 2 }));
    await vi.waitFor(() => expect(heardInB).toEqual([{ type: "history-changed", reason: "saved" }]));
    expect(heardInA).toEqual([{ type: "history-changed", reason: "saved" }]); // own tab: once, not echoed
    expect((await tabB.readHistory()).sessions).toHaveLength(1);
  });

  it("stops telling a listener once it unsubscribes", async () => {
    const dbName = freshName();
    const tabA = openTab(dbName);
    const tabB = openTab(dbName);
    const heard: HistoryChange[] = [];
    const unsubscribe = tabB.subscribe((change) => heard.push(change));
    await tabA.saveFinishedSession(finishedSession("s1", T0, { a: 2 }));
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    unsubscribe();
    await tabA.saveFinishedSession(finishedSession("s2", T0 + DAY, { a: 3 }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(heard).toHaveLength(1);
  });
});

describe("migration from localStorage", () => {
  function storeBlob(finished: Record<string, unknown>): void {
    localStorage.setItem(LEGACY_SESSIONS_KEY, JSON.stringify({ state: { current: null, finished }, version: 1 }));
  }

  it("reads the key the session store writes", async () => {
    const { SESSION_STORAGE_KEY } = await import("../../src/store/session-store.ts");
    expect(LEGACY_SESSIONS_KEY).toBe(SESSION_STORAGE_KEY);
  });

  it("moves results saved by the session store, once", async () => {
    vi.resetModules();
    const { useSessionStore } = await import("../../src/store/session-store.ts");
    const { actions } = useSessionStore.getState();
    const started = actions.start(sessionConfig({ count: 2 }), [makeQuestion("a"), makeQuestion("b")], T0);
    actions.send({ type: "graded", at: T0 + 1000, grade: 2, questionId: started.questionIds[0] });
    const id = actions.finish(T0 + 2000) as string;
    const saved = useSessionStore.getState().finished[id];

    const db = openTab(freshName());
    const first = await db.migrateFromLocalStorage();
    expect(first).toEqual({ ok: true, value: { status: "done", moved: 1, damaged: 0, problem: null } });
    const read = await db.readHistory();
    expect(read.sessions).toEqual([saved]);
    expect(read.reviews["deck/a"]?.log).toEqual([{ at: T0 + 2000, grade: 2, sessionId: id }]);

    // A later run, here or in another tab, does nothing, even with new data in localStorage.
    storeBlob({ [id]: saved, late: finishedSession("late", T0 + DAY, { c: 4 }) });
    expect(await db.migrateFromLocalStorage()).toEqual({ ok: true, value: { status: "already-done", moved: 0, damaged: 0, problem: null } });
    expect((await db.readHistory()).sessions).toHaveLength(1);
  });

  it("runs once when two tabs start at the same moment", async () => {
    const dbName = freshName();
    storeBlob({ s1: finishedSession("s1", T0, { a: 3 }), s2: finishedSession("s2", T0 + DAY, { a: 4 }) });
    const results = await Promise.all([openTab(dbName).migrateFromLocalStorage(), openTab(dbName).migrateFromLocalStorage()]);
    expect(results.map((r) => (r.ok ? r.value.status : r.error)).sort()).toEqual(["already-done", "done"]);
    const read = await openTab(dbName).readHistory();
    expect(read.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(read.reviews["deck/a"]?.reps).toBe(2);
  });

  it("skips damaged results, counts them, and keeps a session already filed", async () => {
    const db = openTab(freshName());
    const filed = finishedSession("s1", T0, { a: 1 });
    const regraded = transition(filed, { type: "regraded", at: T0 + 1, questionId: "deck/a", grade: 4 });
    await db.saveFinishedSession(regraded);
    storeBlob({ s1: filed, bad: { id: "bad" }, open: createSession(sessionConfig(), [makeQuestion("z")], { id: "open", at: T0 }) });
    expect(await db.migrateFromLocalStorage()).toMatchObject({ ok: true, value: { status: "done", moved: 0, damaged: 2 } });
    const read = await db.readHistory();
    expect(read.sessions).toEqual([regraded]);
    expect(read.reviews["deck/a"]?.log).toEqual([{ at: T0, grade: 4, sessionId: "s1" }]);
  });

  it.each([
    ["nothing saved yet", null, null],
    ["damaged JSON", "{oops", /damaged/],
    ["an unknown version", JSON.stringify({ state: { finished: {} }, version: 9 }), /unknown version/],
  ])("finishes with %s and says why when it could not read", async (_label, blob, problem) => {
    if (blob !== null) localStorage.setItem(LEGACY_SESSIONS_KEY, blob);
    const db = openTab(freshName());
    const result = await db.migrateFromLocalStorage();
    expect(result).toMatchObject({ ok: true, value: { status: "done", moved: 0 } });
    if (result.ok) {
      if (problem === null) expect(result.value.problem).toBeNull();
      else expect(result.value.problem).toMatch(problem);
    }
    expect(await db.migrateFromLocalStorage()).toMatchObject({ ok: true, value: { status: "already-done" } });
  });
});

describe("backup import and delete all", () => {
  it("imports a backup without duplicates; the same file again changes nothing", async () => {
    const dbName = freshName();
    const db = openTab(dbName);
    const s1 = finishedSession("s1", T0, { a: 3, b: 2 });
    const s2 = finishedSession("s2", T0 + DAY, { a: 4 });
    const s3 = finishedSession("s3", T0 + 2 * DAY, { b: 1, c: 3 });
    await db.saveFinishedSession(s1);
    await db.saveFinishedSession(s2);
    const before = await db.readHistory();

    const other = openTab(freshName());
    await other.saveFinishedSession(s2);
    await other.saveFinishedSession(s3);
    const exported = await other.readHistory();
    const backup = buildBackup(exported.sessions, exported.reviews, T0 + 3 * DAY);

    expect(await db.importBackup(backup)).toEqual({ ok: true, value: { added: 1, duplicates: 1, reviewsChanged: 2 } });
    const after = await db.readHistory();
    const expected = mergeBackup(before, backup);
    expect([...after.sessions].sort((x, y) => x.id.localeCompare(y.id))).toEqual(expected.sessions);
    expect({ ...after.reviews }).toEqual({ ...expected.reviews });

    expect(await db.importBackup(backup)).toEqual({ ok: true, value: { added: 0, duplicates: 2, reviewsChanged: 0 } });
    const again = await db.readHistory();
    expect(again.sessions).toHaveLength(3);
    expect({ ...again.reviews }).toEqual({ ...after.reviews });
  });

  it("checks what it imports again and writes nothing damaged", async () => {
    const db = openTab(freshName());
    const hostile = {
      sessions: [{ id: "x" }, createSession(sessionConfig(), [makeQuestion("a")], { id: "open", at: T0 })],
      reviews: { "deck/a": { due: "soon" } },
    } as unknown as Parameters<HistoryDb["importBackup"]>[0];
    expect(await db.importBackup(hostile)).toEqual({ ok: true, value: { added: 0, duplicates: 0, reviewsChanged: 0 } });
    const read = await db.readHistory();
    expect(read).toMatchObject({ sessions: [], problems: [] });
    expect(read.reviews).toEqual({});
  });

  it("deletes all sessions and reviews, and the migration does not bring them back", async () => {
    localStorage.setItem(
      LEGACY_SESSIONS_KEY,
      JSON.stringify({ state: { current: null, finished: { s1: finishedSession("s1", T0, { a: 3 }) } }, version: 1 }),
    );
    const db = openTab(freshName());
    await db.migrateFromLocalStorage();
    await db.saveFinishedSession(finishedSession("s2", T0 + DAY, { b: 3 }));
    expect(await db.clearHistory()).toEqual({ ok: true, value: { deleted: 4 } });
    expect(await db.migrateFromLocalStorage()).toMatchObject({ ok: true, value: { status: "already-done" } });
    const read = await db.readHistory();
    expect(read.sessions).toEqual([]);
    expect(read.reviews).toEqual({});
  });
});
