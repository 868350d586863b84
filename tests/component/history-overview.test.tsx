import "fake-indexeddb/auto";
import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildBackup } from "../../src/interview/backup.ts";
import { questionStats } from "../../src/interview/history-stats.ts";
import { withRecordedMeta } from "../../src/interview/history-summary.ts";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import { createHistoryDb, historyDb, type HistoryDb } from "../../src/store/history-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import { rawHistoryStore, writeFirstLayout, type RawStore } from "./idb-records.ts";
import { renderApp } from "./render-app.tsx";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 5, 7, 30, 0);

let dbCount = 0;
const opened: HistoryDb[] = [];

function freshDb(): { db: HistoryDb; dbName: string; raw: (store: string) => RawStore } {
  dbCount += 1;
  const dbName = `rehearse-overview-test-${dbCount}`;
  const db = createHistoryDb({ dbName, channelName: `${dbName}-channel` });
  opened.push(db);
  return { db, dbName, raw: (store) => rawHistoryStore(store, dbName) };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A session finished at `finishedAt` through the real session machine, graded as given. */
function finishedSession(
  id: string,
  finishedAt: number,
  grades: Record<string, Grade | undefined>,
  prompt = "Prompt",
): Session {
  const ids = Object.keys(grades);
  let session = createSession(
    sessionConfig({ count: ids.length }),
    ids.map((q) => makeQuestion(q, { prompt: `${prompt} ${q}?` })),
    {
      id,
      at: finishedAt - 60_000,
    },
  );
  ids.forEach((q, index) => {
    const grade = grades[q];
    const at = finishedAt - 50_000 + index * 1000;
    session = transition(session, { type: "jumpedTo", at, index });
    if (grade !== undefined) session = transition(session, { type: "graded", at, grade, questionId: `deck/${q}` });
  });
  return transition(session, { type: "finished", at: finishedAt });
}

/** The overview's per-question view, with prompts from the index, as the history screen builds it. */
async function statsFromOverview(db: HistoryDb) {
  const overview = await db.readOverview();
  return { overview, stats: withRecordedMeta(questionStats(overview.sessions), overview.questions) };
}

describe("history overview (the history page's index)", () => {
  it("adds up like the full records, and names each question as last asked", async () => {
    const { db } = freshDb();
    const sessions = [
      finishedSession("s1", T0, { a: 1, b: 2 }, "Old wording of"),
      finishedSession("s2", T0 + DAY, { a: 4, c: undefined }, "New wording of"),
    ];
    for (const s of sessions) await db.saveFinishedSession(s);
    const full = await db.readHistory();
    const { overview, stats } = await statsFromOverview(db);
    expect(overview.problems).toEqual([]);
    expect(overview.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(stats).toEqual(questionStats(full.sessions));
    expect(overview.questions["deck/a"]?.meta?.prompt).toBe("New wording of a?");
    expect(overview.questions["deck/b"]?.meta?.prompt).toBe("Old wording of b?");
    for (const [id, state] of Object.entries(full.reviews)) expect(overview.questions[id]?.due).toBe(state.due);
    expect(overview.questions["deck/c"]?.due).toBeNull();
  });

  it("follows a regrade, an import and a deletion", async () => {
    const { db } = freshDb();
    const s1 = finishedSession("s1", T0, { a: 1 });
    await db.saveFinishedSession(s1);
    const dueBefore = (await db.readOverview()).questions["deck/a"]?.due;
    await db.saveFinishedSession(transition(s1, { type: "regraded", at: T0 + 1000, questionId: "deck/a", grade: 4 }));
    const regraded = await statsFromOverview(db);
    expect(regraded.stats.get("deck/a")?.lastGrade).toBe(4);
    expect(regraded.overview.questions["deck/a"]?.due).toBeGreaterThan(dueBefore!);

    const other = freshDb().db;
    await other.saveFinishedSession(finishedSession("s2", T0 + DAY, { b: 2 }));
    const exported = await other.readHistory();
    await db.importBackup(buildBackup(exported.sessions, exported.reviews, T0 + 2 * DAY));
    const imported = await db.readOverview();
    expect(imported.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(imported.questions["deck/b"]?.due).toBe(exported.reviews["deck/b"]?.due);

    expect(await db.clearHistory()).toEqual({ ok: true, value: { deleted: 4 } });
    expect(await db.readOverview()).toEqual({ sessions: [], questions: {}, problems: [], failure: null });
  });

  it("builds the index once for a database from before it, and reports what it could not read without reading it again", async () => {
    const { db, dbName, raw } = freshDb();
    const writer = freshDb();
    await writer.db.saveFinishedSession(finishedSession("s1", T0, { a: 3 }));
    await writer.db.saveFinishedSession(finishedSession("s2", T0 + DAY, { a: 2, b: 4 }));
    // Only the records an older build wrote (the first layout, no index): sessions and review
    // states, plus one damaged session.
    const older: [string, unknown][] = [["session:broken", { schema: 1, kind: "session", session: { id: "broken" } }]];
    for (const id of await writer.raw("sessions").keys()) older.push([`session:${id}`, await writer.raw("sessions").get(id)]);
    for (const id of await writer.raw("reviews").keys()) older.push([`review:${id}`, await writer.raw("reviews").get(id)]);
    await writeFirstLayout(dbName, older);

    const first = await statsFromOverview(db);
    expect(first.overview.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect(first.overview.problems).toEqual([{ key: "session:broken", reason: "damaged session" }]);
    expect(first.stats.get("deck/a")).toMatchObject({ timesPractised: 2, lastGrade: 2, meta: { prompt: "Prompt a?" } });
    expect(await raw("summaries").get("s1")).toMatchObject({ kind: "summary" });
    expect(await raw("meta").get("index")).toMatchObject({ kind: "index", problems: [{ key: "session:broken" }] });

    const again = await db.readOverview();
    expect(again.problems).toEqual(first.overview.problems);
    expect(again.sessions).toHaveLength(2);
  });

  it("rebuilds what does not check out: a damaged summary, a summary of a session that is gone, a session without one", async () => {
    const { db, raw } = freshDb();
    await db.saveFinishedSession(finishedSession("s1", T0, { a: 3 }));
    await db.saveFinishedSession(finishedSession("s2", T0 + DAY, { b: 1 }));
    const summaries = raw("summaries");
    await summaries.put("s1", { schema: 1, kind: "summary", summary: { id: "s1", questions: "nope" } });
    await summaries.put("ghost", await summaries.get("s2"));
    const s3 = finishedSession("s3", T0 + 2 * DAY, { c: 4 });
    await raw("sessions").put("s3", { schema: 1, kind: "session", session: s3 });

    const overview = await db.readOverview();
    expect(overview.sessions.map((s) => s.id).sort()).toEqual(["s1", "s2", "s3"]);
    expect(overview.problems).toEqual([]);
    expect(await summaries.get("ghost")).toBeUndefined();
    const rebuilt = (await summaries.get("s1")) as { summary: { id: string; questions: unknown[][] } };
    expect(rebuilt.summary.id).toBe("s1");
    expect(rebuilt.summary.questions.map((fact) => fact[0])).toEqual(["deck/a"]);
    expect(overview.questions["deck/c"]?.meta?.prompt).toBe("Prompt c?");
  });

  it("leaves the index out of the full read and its count of deleted records", async () => {
    const { db, raw } = freshDb();
    await db.saveFinishedSession(finishedSession("s1", T0, { a: 3 }));
    const stored = async (store: string) => (await raw(store).keys()).map((key) => `${store}:${key}`);
    expect([...(await stored("questions")), ...(await stored("reviews")), ...(await stored("sessions")), ...(await stored("summaries"))]).toEqual([
      "questions:deck/a",
      "reviews:deck/a",
      "sessions:s1",
      "summaries:s1",
    ]);
    const full = await db.readHistory();
    expect(full.problems).toEqual([]);
    expect(full.sessions).toHaveLength(1);
    await raw("summaries").delete("s1");
    expect((await db.readHistory()).sessions).toHaveLength(1);
  });
});

describe("history screen with a long history", () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
    await historyDb().clearHistory();
  });

  it("lists the newest 50 sessions, then 50 more on request, and names each question by its last prompt", { timeout: 30_000 }, async () => {
    for (let n = 0; n < 55; n += 1) {
      await historyDb().saveFinishedSession(
        finishedSession(`s${String(n).padStart(2, "0")}`, T0 + n * DAY, { a: 3 }, `Wording ${n} of`),
      );
    }
    const { user } = renderApp("/history");
    const table = await screen.findByRole("table", { name: /Finished sessions/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(within(table).getAllByRole("link")[0]).toHaveAttribute("href", "/results/s54");
    expect(screen.getByText("Showing 50 of 55 sessions.")).toBeInTheDocument();
    await user.click(screen.getAllByRole("button", { name: "Show more" })[0]!);
    expect(within(table).getAllByRole("row")).toHaveLength(56);
    // The button is gone with the last rows shown: focus goes to the first of them, not to the page.
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
    expect(within(table).getAllByRole("link")[50]).toHaveFocus();
    expect(within(table).getAllByRole("link")[50]).toHaveAttribute("href", "/results/s04");
    expect(within(table).getAllByRole("link")[54]).toHaveAttribute("href", "/results/s00");
    expect(screen.queryByText(/Showing 50 of 55 sessions/)).not.toBeInTheDocument();
    const perQuestion = screen.getByRole("table", { name: "Statistics per question" });
    expect(within(perQuestion).getByText(/Wording 54 of a\?/)).toBeInTheDocument();
  });
});
