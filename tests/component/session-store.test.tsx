import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";

const config = sessionConfig({ count: 2 });
const questions: Question[] = [1, 2].map((n) => makeQuestion(`q${n}`, { keyPoints: [] }));

/** A fresh copy of the store module, as after a page reload: it hydrates from localStorage. */
async function reloadStore() {
  vi.resetModules();
  const { useSessionStore, startSessionSync } = await import("../../src/store/session-store.ts");
  startSessionSync();
  return useSessionStore;
}

/** What the shell of the page last loaded says (its notice, its storage warning). */
async function notices() {
  return (await import("../../src/store/notice-store.ts")).useNoticeStore.getState();
}

describe("session store persistence", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.useRealTimers());

  it("brings a running session back paused after a reload, at the last heartbeat, and says how long you were away", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = await reloadStore();
    const session = store.getState().actions.start(config, questions, 1_000_000);
    store.getState().actions.send({ type: "notesEdited", at: 1_010_000, text: "my notes", questionId: session.questionIds[0] });
    store.getState().actions.heartbeat(1_030_000);

    vi.setSystemTime(1_330_000); // five minutes later
    const reloaded = await reloadStore();
    const current = reloaded.getState().current;
    expect(current?.id).toBe(session.id);
    expect(current?.pausedAt).toBe(1_030_000);
    expect(current?.entries["deck/q1"]?.notes).toBe("my notes");
    expect((await notices()).notice?.text).toMatch(/paused.*away 5 min/i);
  });

  it("keeps finished results across a reload", async () => {
    const store = await reloadStore();
    store.getState().actions.start(config, questions, 1000);
    const id = store.getState().actions.finish(2000);
    const reloaded = await reloadStore();
    expect(reloaded.getState().current).toBeNull();
    expect(reloaded.getState().finished[id!]?.finishedAt).toBe(2000);
  });

  it.each([
    ["text that is not JSON", "{nope"],
    ["a wrong shape", JSON.stringify({ state: { current: { id: 3 } }, version: 1 })],
    ["an unknown version", JSON.stringify({ state: { current: null, finished: {} }, version: 42 })],
  ])("starts clean with a notice from %s", async (_label, blob) => {
    localStorage.setItem("rehearse.sessions", blob);
    const store = await reloadStore();
    expect(store.getState().current).toBeNull();
    expect((await notices()).notice?.tone).toBe("warning");
    expect((await notices()).notice?.text).toMatch(/reset|could not be read|closed/i);
  });

  it("keeps running in memory with a warning when storage is full", async () => {
    const store = await reloadStore();
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    try {
      const session = store.getState().actions.start(config, questions, 1000);
      store.getState().actions.send({ type: "movedNext", at: 2000, fromIndex: 0 });
      expect(store.getState().current?.id).toBe(session.id);
      expect(store.getState().current?.currentIndex).toBe(1);
      expect((await notices()).storageWarning).toMatch(/storage is full/i);
    } finally {
      setItem.mockRestore();
    }
    store.getState().actions.send({ type: "movedPrevious", at: 3000, fromIndex: 1 });
    expect((await notices()).storageWarning).toBeNull();
  });

  it("finishes an open session when a new one starts, so nothing is dropped", async () => {
    const store = await reloadStore();
    const first = store.getState().actions.start(config, questions, 1000);
    const second = store.getState().actions.start(config, questions, 5000);
    expect(store.getState().current?.id).toBe(second.id);
    expect(store.getState().finished[first.id]?.finishedAt).toBe(5000);
  });
});
