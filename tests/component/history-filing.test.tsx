import "fake-indexeddb/auto";
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDeck } from "../../src/store/deck-repository.ts";
import { historyDb } from "../../src/store/history-db.ts";
import { dueTodayByDeck, historyOrderFor, loadHistory, loadHistoryWithStore } from "../../src/store/load-history.ts";
import { useNoticeStore } from "../../src/store/notice-store.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import { renderApp } from "./render-app.tsx";

const questions = ["a", "b"].map((id) => makeQuestion(id));

beforeEach(async () => {
  localStorage.clear();
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  sessionStorage.clear();
  await historyDb().clearHistory();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function playSession(at: number): string {
  const { actions } = useSessionStore.getState();
  const session = actions.start(sessionConfig({ count: 2 }), questions, at);
  actions.send({ type: "revealed", at: at + 1000, questionId: "deck/a" });
  actions.send({ type: "graded", at: at + 2000, grade: 3, questionId: "deck/a" });
  const id = actions.finish(at + 3000);
  expect(id).toBe(session.id);
  return session.id;
}

describe("finishing a session files it in the IndexedDB history", () => {
  it("saves the finished session and a review state for its graded question", async () => {
    const id = playSession(1_000_000);
    await waitFor(async () => {
      const read = await historyDb().readHistory();
      expect(read.sessions.map((s) => s.id)).toEqual([id]);
    });
    const read = await historyDb().readHistory();
    expect(read.sessions[0]?.finishedAt).toBe(1_003_000);
    expect(Object.keys(read.reviews)).toEqual(["deck/a"]);
    expect(read.reviews["deck/a"]?.log).toEqual([{ at: 1_003_000, grade: 3, sessionId: id }]);
    expect(useNoticeStore.getState().notice).toBeNull();
  });

  it("files a regrade again: the stored copy and the review log carry the new grade", async () => {
    const id = playSession(2_000_000);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(1));
    useSessionStore.getState().actions.regrade(id, "deck/a", 1, 2_010_000);
    await waitFor(async () => {
      const read = await historyDb().readHistory();
      expect(read.sessions[0]?.entries["deck/a"]?.grade).toBe(1);
      expect(read.reviews["deck/a"]?.log.map((e) => e.grade)).toEqual([1]);
    });
  });

  it("moves results finished before history existed in from localStorage, once, before the first read", async () => {
    const id = playSession(3_000_000);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(1));
    // As if this session had been finished by the interview loop before the history was filed.
    await historyDb().clearHistory();
    const loaded = await loadHistory();
    // The session store still holds it in localStorage: the first read brings it back in.
    expect(loaded.sessions.map((s) => s.id)).toEqual([id]);
    expect(loaded.migrationProblem).toBeNull();
    // Once only: cleared again, it stays cleared.
    await historyDb().clearHistory();
    expect((await loadHistory()).sessions).toEqual([]);
    expect(loaded.failure).toBeNull();
    expect(loaded.problems).toEqual([]);
  });
});

describe("orders and counts from history", () => {
  const DAY = 86_400_000;

  /** Files a finished session graded as given, `daysAgo` days back. */
  async function file(daysAgo: number, grades: Record<string, 1 | 2 | 3 | 4>, deckId = "deck") {
    const at = Date.now() - daysAgo * DAY;
    const qs = Object.keys(grades).map((q) => makeQuestion(q, { id: `${deckId}/${q}`, deckId }));
    const { actions } = useSessionStore.getState();
    const session = actions.start(sessionConfig({ count: qs.length, deckIds: [deckId] }), qs, at);
    for (const q of qs) {
      actions.send({ type: "jumpedTo", at: at + 1, index: qs.indexOf(q), fromIndex: useSessionStore.getState().current!.currentIndex });
      actions.send({ type: "graded", at: at + 2, grade: grades[q.id.slice(deckId.length + 1)]!, questionId: q.id });
    }
    actions.finish(at + 3);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions.map((s) => s.id)).toContain(session.id));
  }

  it("due: questions due by tonight, most overdue first; weakest-first: never practised, then lowest grade, longest ago first", async () => {
    await file(60, { a: 1, b: 4 });
    await file(2, { c: 1 });
    const all = ["deck/a", "deck/b", "deck/c", "deck/d"];
    const due = await historyOrderFor("due", all, Date.now());
    // a (Missed 60 days ago) came due first, b (Strong then) some days later, c (Missed 2 days ago) yesterday;
    // d was never graded: new, not due.
    expect(due).toEqual(["deck/a", "deck/b", "deck/c"]);
    expect(await historyOrderFor("weakest-first", all, Date.now())).toEqual(["deck/d", "deck/a", "deck/c", "deck/b"]);
    const counts = await dueTodayByDeck(["deck", "other"], Date.now());
    expect(counts.other).toBe(0);
    expect(counts.deck).toBe(3);
  });

  it("setup shows how many questions of a deck are due today, after first paint", async () => {
    await file(60, { x: 1, y: 2 }, "aws-cloud");
    renderApp("/");
    expect(await screen.findByText(/2 due today/)).toBeInTheDocument();
  });
});

describe("a session brought back from history", () => {
  it("after Delete all data, a restored session opens its results, keeps them, and can be regraded", async () => {
    const id = playSession(6_000_000);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(1));
    const [fromBackup] = (await historyDb().readHistory()).sessions;
    // "Delete all data", then the backup is imported into history (the store does not hold it).
    useSessionStore.getState().actions.clearResults();
    await historyDb().clearHistory();
    await historyDb().saveFinishedSession(fromBackup!);
    expect(useSessionStore.getState().finished[id]).toBeUndefined();

    renderApp(`/results/${id}`);
    expect(await screen.findByRole("heading", { name: "Results", level: 1 })).toBeInTheDocument();
    // The next save (and the merge after it) happen after the page first shows.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole("heading", { name: "Results", level: 1 })).toBeInTheDocument();
    expect(screen.queryByText("No results for this session")).not.toBeInTheDocument();
    const saved = JSON.parse(localStorage.getItem("rehearse.sessions")!) as { state: { finished: object } };
    expect(Object.keys(saved.state.finished)).toEqual([id]);

    useSessionStore.getState().actions.regrade(id, "deck/a", 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(useSessionStore.getState().finished[id]?.entries["deck/a"]?.grade).toBe(1);
    await waitFor(async () =>
      expect((await historyDb().readHistory()).sessions[0]?.entries["deck/a"]?.grade).toBe(1),
    );
  });
});

describe("results filed in history leave localStorage, but for the 10 most recent", () => {
  const savedFinished = () =>
    Object.keys((JSON.parse(localStorage.getItem("rehearse.sessions")!) as { state: { finished: object } }).state.finished);

  it("after 12 filed sessions localStorage holds the 10 latest; the oldest still opens from history and can be regraded", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => playSession(7_000_000 + i * 10_000));
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(12));
    await waitFor(() => expect(savedFinished()).toHaveLength(10));
    expect(savedFinished().sort()).toEqual(ids.slice(2).sort());
    expect(Object.keys(useSessionStore.getState().finished).sort()).toEqual(ids.slice(2).sort());
    const saved = JSON.parse(localStorage.getItem("rehearse.sessions")!) as { state: { filed: Record<string, number> }; version: number };
    expect(saved.version).toBe(3);
    expect(Object.keys(saved.state.filed).sort()).toEqual([...ids].sort());

    const oldest = ids[0]!;
    renderApp(`/results/${oldest}`);
    expect(await screen.findByRole("heading", { name: "Results", level: 1 })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText("No results for this session")).not.toBeInTheDocument();
    // Opened again, it is a recent result: back in localStorage, still 10 in all.
    expect(savedFinished()).toContain(oldest);
    expect(savedFinished()).toHaveLength(10);

    useSessionStore.getState().actions.regrade(oldest, "deck/a", 1);
    await waitFor(async () =>
      expect((await historyDb().readHistory()).sessions.find((s) => s.id === oldest)?.entries["deck/a"]?.grade).toBe(1),
    );
    expect(useSessionStore.getState().finished[oldest]?.entries["deck/a"]?.grade).toBe(1);
    expect(savedFinished()).toHaveLength(10);
  });

  it("drops nothing while filing fails", async () => {
    const save = vi
      .spyOn(historyDb(), "saveFinishedSession")
      .mockResolvedValue({ ok: false, error: "The disk is full." });
    const ids = Array.from({ length: 12 }, (_, i) => playSession(8_000_000 + i * 10_000));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(12));
    await waitFor(() => expect(useNoticeStore.getState().notice?.text).toBe("The disk is full."));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(savedFinished().sort()).toEqual([...ids].sort());
    expect(Object.keys(useSessionStore.getState().finished)).toHaveLength(12);
    expect(useSessionStore.getState().filed).toEqual({});
  });

  it("drops nothing without IndexedDB (private mode); reading history later files them, and then they leave", async () => {
    const save = vi.spyOn(historyDb(), "saveFinishedSession");
    vi.stubGlobal("indexedDB", undefined);
    let ids: string[];
    try {
      ids = Array.from({ length: 12 }, (_, i) => playSession(9_000_000 + i * 10_000));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(save).not.toHaveBeenCalled();
      expect(savedFinished().sort()).toEqual([...ids].sort());
    } finally {
      vi.unstubAllGlobals();
    }
    // As for results saved before this version: the history page files what it lacks, then marks it.
    const loaded = await loadHistoryWithStore();
    expect(loaded.sessions).toHaveLength(12);
    await waitFor(() => expect(savedFinished().sort()).toEqual(ids.slice(2).sort()));
  });
});

describe("answer changed since you practised", () => {
  it("results flag a question whose deck content changed since it was last practised", async () => {
    const deck = await getDeck("aws-cloud");
    const real = deck!.questions[0]!;
    const { actions } = useSessionStore.getState();
    const stale = { ...real, hash: "stale-hash" };
    const fresh = deck!.questions[1]!;
    const session = actions.start(sessionConfig({ count: 2, deckIds: ["aws-cloud"] }), [stale, fresh], 5_000_000);
    actions.send({ type: "graded", at: 5_001_000, grade: 2, questionId: stale.id });
    actions.send({ type: "jumpedTo", at: 5_002_000, index: 1, fromIndex: 0 });
    actions.send({ type: "graded", at: 5_003_000, grade: 3, questionId: fresh.id });
    actions.finish(5_004_000);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(1));
    renderApp(`/results/${session.id}`);
    const badges = await screen.findAllByText(/answer changed since you practised/);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.closest("article")).toHaveTextContent(real.prompt.slice(0, 20));
  });
});
