import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import { CLAIM_WAIT_MS } from "../../src/store/session-claims.ts";
import type * as NoticeStoreModule from "../../src/store/notice-store.ts";
import type * as SessionStoreModule from "../../src/store/session-store.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";

/**
 * Two tabs in one jsdom window: each tab is its own copy of the store module (as each browser tab
 * loads its own), sharing localStorage. A new tab starts with an empty sessionStorage. jsdom does
 * not send a window its own storage events, so `deliver()` plays the browser telling the other
 * tab about a write, whenever the test says it arrives (late, or after both tabs wrote).
 */

const KEY = "rehearse.sessions";
const TAB_KEY = "rehearse.tabSession";
const config = sessionConfig({ count: 3 });
const questions: Question[] = [1, 2, 3].map((n) => makeQuestion(`q${n}`, { keyPoints: [] }));
const T0 = 1_700_000_000_000;

type Store = typeof SessionStoreModule.useSessionStore;
type NoticeStore = typeof NoticeStoreModule.useNoticeStore;
/** Every tab opened in this file: the module copies stay alive, so each test empties them all. */
const tabs: Store[] = [];
/** Each tab's own copy of the notice store. */
const noticeStores = new Map<Store, NoticeStore>();

/** What the tab's shell says (its notice, its storage warning). */
function noticesOf(store: Store) {
  const notices = noticeStores.get(store);
  if (!notices) throw new Error("not a tab of this file");
  return notices.getState();
}

/** A new tab (empty sessionStorage), or a reload of the tab whose session is `ownSessionId`. */
async function openTab(ownSessionId: string | null = null): Promise<Store> {
  sessionStorage.clear();
  if (ownSessionId !== null) sessionStorage.setItem(TAB_KEY, ownSessionId);
  vi.resetModules();
  const { useSessionStore: store, startSessionSync } = await import("../../src/store/session-store.ts");
  noticeStores.set(store, (await import("../../src/store/notice-store.ts")).useNoticeStore);
  startSessionSync();
  tabs.push(store);
  return store;
}

/** The browser tells the tabs about the last write to the sessions key. */
function deliver() {
  window.dispatchEvent(
    new StorageEvent("storage", { key: KEY, newValue: localStorage.getItem(KEY), storageArea: localStorage }),
  );
}

/** What localStorage holds now. */
function stored(): { open: Record<string, Session>; finished: Record<string, Session> } {
  return (
    JSON.parse(localStorage.getItem(KEY) ?? "null") as {
      state: { open: Record<string, Session>; finished: Record<string, Session> };
    }
  ).state;
}

function grade(store: Store, value: Grade, at: number) {
  store.getState().actions.send({ type: "graded", at, grade: value });
}

function next(store: Store, at: number) {
  const current = store.getState().current!;
  store.getState().actions.send({ type: "movedNext", at, fromIndex: current.currentIndex });
}

/** Lets granted claims and queued merges run. */
async function settle() {
  await vi.advanceTimersByTimeAsync(0);
}

/**
 * Web Locks for the tabs of one test (jsdom has none): a lock is held until its tab lets go, a
 * request for a held lock waits until its signal aborts. Returns the uninstaller.
 */
function installLocks(): () => void {
  const held = new Set<string>();
  const locks = {
    request(name: string, options: { signal?: AbortSignal }, callback: (lock: Lock | null) => unknown) {
      return new Promise((resolve, reject) => {
        if (held.has(name)) {
          options.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          return;
        }
        held.add(name);
        Promise.resolve(callback({ name, mode: "exclusive" } as Lock)).then((value) => {
          held.delete(name);
          resolve(value);
        }, reject);
      });
    },
    async query() {
      return { held: [...held].map((name) => ({ name, mode: "exclusive" as const })), pending: [] };
    },
  };
  Object.defineProperty(navigator, "locks", { value: locks, configurable: true });
  return () => {
    delete (navigator as { locks?: unknown }).locks;
  };
}

const gradesOf = (session: Session | null | undefined) => session?.questionIds.map((id) => session.entries[id]?.grade);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(async () => {
  vi.useRealTimers();
  // Tabs of earlier tests still listen to storage events: let their queued merges run, then empty
  // them (and the storage first, or their next write would merge the sessions back in).
  await new Promise((resolve) => setTimeout(resolve, 0));
  localStorage.clear();
  for (const store of tabs) store.setState({ ...store.getInitialState(), busyElsewhere: new Set<string>() });
  for (const notices of noticeStores.values()) notices.setState(notices.getInitialState());
  localStorage.clear();
  sessionStorage.clear();
});

describe("two tabs, one browser storage", () => {
  it("each tab runs its own session at the same time; starting one never finishes the other; no grade is lost", async () => {
    const tabA = await openTab();
    const a = tabA.getState().actions.start(config, questions, T0);
    const tabB = await openTab();
    deliver();
    const b = tabB.getState().actions.start(config, questions, T0 + 100);
    expect(tabB.getState().finished).toEqual({});
    expect(stored().open[a.id]?.finishedAt).toBeUndefined();
    expect(tabA.getState().current?.id).toBe(a.id);

    // Interleaved grading; the storage events arrive late or not at all in between.
    grade(tabA, 4, T0 + 1000);
    grade(tabB, 1, T0 + 1100);
    next(tabA, T0 + 1200);
    grade(tabA, 2, T0 + 1300);
    deliver();
    next(tabB, T0 + 1400);
    grade(tabB, 3, T0 + 1500);
    grade(tabA, 3, T0 + 1600); // A still on its question 2: a change of grade
    tabA.getState().actions.finish(T0 + 2000);
    tabB.getState().actions.finish(T0 + 2100);
    deliver();

    for (const state of [stored(), tabA.getState(), tabB.getState()]) {
      expect(state.open).toEqual({});
      expect(gradesOf(state.finished[a.id])).toEqual([4, 3, undefined]);
      expect(gradesOf(state.finished[b.id])).toEqual([1, 3, undefined]);
    }
  });

  it("a reload brings back the tab's own session, paused, and not the other tab's", async () => {
    const tabA = await openTab();
    const a = tabA.getState().actions.start(config, questions, T0);
    const tabB = await openTab();
    const b = tabB.getState().actions.start(config, questions, T0 + 10);
    vi.setSystemTime(T0 + 5000);
    const reloadedA = await openTab(a.id);
    expect(reloadedA.getState().current?.id).toBe(a.id);
    expect(reloadedA.getState().current?.pausedAt).toEqual(expect.any(Number));
    expect(Object.keys(reloadedA.getState().open).sort()).toEqual([a.id, b.id].sort());
    expect(reloadedA.getState().open[b.id]?.pausedAt).toBeUndefined();
    // Its claim granted, the tab saves its session paused, and goes on saving what it does.
    await settle();
    expect(stored().open[a.id]?.pausedAt).toEqual(expect.any(Number));
    reloadedA.getState().actions.send({ type: "resumed", at: T0 + 6000 });
    expect(stored().open[a.id]?.pausedAt).toBeUndefined();
    expect(reloadedA.getState().open[a.id]).toBe(reloadedA.getState().current);
  });

  it("a duplicated tab does not pause the session the original tab runs: it saves nothing of it, and gives it back", async () => {
    const uninstall = installLocks();
    try {
      const tabA = await openTab();
      const a = tabA.getState().actions.start(config, questions, T0);
      await settle();
      grade(tabA, 3, T0 + 1000);
      vi.setSystemTime(T0 + 5000);
      // A duplicated tab copies sessionStorage: it starts out holding tab A's session, paused.
      const duplicate = await openTab(a.id);
      expect(duplicate.getState().current?.pausedAt).toEqual(expect.any(Number));
      // Whatever it saves while its claim waits leaves tab A's running copy as it is.
      duplicate.setState({}); // any change of the store writes
      expect(stored().open[a.id]?.pausedAt).toBeUndefined();
      await vi.advanceTimersByTimeAsync(CLAIM_WAIT_MS);
      expect(duplicate.getState().current).toBeNull();
      expect(noticesOf(duplicate).notice?.text).toMatch(/open in another tab/);
      expect(sessionStorage.getItem(TAB_KEY)).toBeNull();
      deliver();
      await settle();
      for (const session of [stored().open[a.id], duplicate.getState().open[a.id], tabA.getState().current]) {
        expect(session?.pausedAt).toBeUndefined();
        expect(gradesOf(session)).toEqual([3, undefined, undefined]);
      }
      expect(tabA.getState().current?.updatedAt).toBe(T0 + 1000);
    } finally {
      uninstall();
    }
  });

  it("does not offer a session another tab runs; offers it once its tab is gone, and resumes it paused", async () => {
    const tabA = await openTab();
    const a = tabA.getState().actions.start(config, questions, T0);
    tabA.getState().actions.heartbeat(T0 + 20_000);
    const { selectResumableSession } = await import("../../src/store/session-store.ts");
    const tabB = await openTab();
    await tabB.getState().actions.refreshTabs();
    expect(tabB.getState().current).toBeNull();
    expect(selectResumableSession(tabB.getState())).toBeNull();
    expect(tabB.getState().actions.resume(a.id)).toBe(false);

    // Tab A is closed: no heartbeat for more than a minute (browsers without Web Locks go by that).
    vi.setSystemTime(T0 + 200_000);
    await tabB.getState().actions.refreshTabs();
    expect(selectResumableSession(tabB.getState())?.id).toBe(a.id);
    expect(tabB.getState().actions.resume(a.id, T0 + 200_000)).toBe(true);
    const resumed = tabB.getState().current;
    expect(resumed?.id).toBe(a.id);
    expect(resumed?.pausedAt).toBe(T0 + 20_000);
    expect(sessionStorage.getItem(TAB_KEY)).toBe(a.id);
    expect(noticesOf(tabB).notice?.text).toMatch(/paused where you left it/);
  });

  it("keeps both regrades when two tabs regrade different questions of one finished session", async () => {
    const tabA = await openTab();
    const s = tabA.getState().actions.start(config, questions, T0);
    grade(tabA, 3, T0 + 100);
    next(tabA, T0 + 200);
    grade(tabA, 3, T0 + 300);
    tabA.getState().actions.finish(T0 + 400);
    const tabB = await openTab();
    expect(gradesOf(tabB.getState().finished[s.id])).toEqual([3, 3, undefined]);

    const [q1, q2] = s.questionIds as [string, string];
    tabA.getState().actions.regrade(s.id, q1, 4, T0 + 10_000);
    tabB.getState().actions.regrade(s.id, q2, 1, T0 + 10_500); // before A's write reached B
    deliver();
    for (const state of [stored(), tabA.getState(), tabB.getState()]) {
      expect(gradesOf(state.finished[s.id])).toEqual([4, 1, undefined]);
    }
  });

  it("results deleted in one tab stay deleted: the other tab drops its copy and does not write it back", async () => {
    const tabA = await openTab();
    const s = tabA.getState().actions.start(config, questions, T0);
    tabA.getState().actions.finish(T0 + 100);
    const tabB = await openTab();
    expect(tabB.getState().finished[s.id]).toBeDefined();
    tabA.getState().actions.clearResults(T0 + 1000);
    // B writes before it hears of the deletion; the deletion still stands.
    tabB.setState({}); // any change of the store writes
    tabB.getState().actions.start(config, questions, T0 + 2000);
    deliver();
    expect(tabB.getState().finished).toEqual({});
    expect(stored().finished).toEqual({});
    expect(Object.keys(stored().open)).toHaveLength(1);
  });

  it("lets go of its session, with a notice, when another tab finished it", async () => {
    const tabA = await openTab();
    const s = tabA.getState().actions.start(config, questions, T0);
    // A duplicated tab copies sessionStorage, so it starts out holding the same session.
    const duplicate = await openTab(s.id);
    expect(duplicate.getState().current?.id).toBe(s.id);
    duplicate.getState().actions.finish(T0 + 5000);
    deliver();
    expect(tabA.getState().current).toBeNull();
    expect(tabA.getState().finished[s.id]?.finishedAt).toBe(T0 + 5000);
    expect(noticesOf(tabA).notice?.text).toMatch(/finished in another tab/);
  });

  it("stops writing, and says so, when a newer build of Rehearse saved in another tab", async () => {
    const tabA = await openTab();
    tabA.getState().actions.start(config, questions, T0);
    const newer = JSON.stringify({ state: { whatever: true }, version: 99 });
    localStorage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent("storage", { key: KEY, newValue: newer, storageArea: localStorage }));
    expect(noticesOf(tabA).storageWarning).toMatch(/updated in another tab/);
    grade(tabA, 4, T0 + 1000);
    expect(localStorage.getItem(KEY)).toBe(newer);
  });
});
