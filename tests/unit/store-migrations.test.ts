import { describe, expect, it } from "vitest";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Session } from "../../src/interview/session-types.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import type { Question } from "../../src/deck/deck-types.ts";
import { parseSession, restoreSessionState, SESSION_STATE_VERSION } from "../../src/store/migrations.ts";

const config = sessionConfig({ count: 2 });

function question(n: number): Question {
  return makeQuestion(`q${n}`, { keyPoints: ["x"] });
}

function openSession(): Session {
  return createSession(config, [question(1), question(2)], { id: "s1", at: 1000 });
}

function finishedSession(id: string): Session {
  return { ...transition(openSession(), { type: "finished", at: 5000 }), id };
}

describe("restoreSessionState", () => {
  it("keeps a valid open session and finished results", () => {
    const done = finishedSession("s0");
    const { state, notice } = restoreSessionState({ current: openSession(), finished: { s0: done } }, SESSION_STATE_VERSION);
    expect(notice).toBeNull();
    expect(state.current?.id).toBe("s1");
    expect(state.finished.s0).toEqual(done);
  });

  it("resets with a notice on an unknown version", () => {
    const { state, notice } = restoreSessionState({ current: openSession(), finished: {} }, 99);
    expect(state).toEqual({ current: null, finished: {} });
    expect(notice).toMatch(/unknown version \(99\)/);
  });

  it.each([null, undefined, 42, "text", [], true])("turns the hostile blob %j into a clean slate with a notice", (blob) => {
    const { state, notice } = restoreSessionState(blob, SESSION_STATE_VERSION);
    expect(state).toEqual({ current: null, finished: {} });
    expect(notice).toMatch(/could not be read/);
  });

  it("skips one damaged result and keeps the others", () => {
    const good = finishedSession("good");
    const bad = { ...finishedSession("bad"), questionIds: "nope" };
    const { state, notice } = restoreSessionState({ current: null, finished: { good, bad } }, SESSION_STATE_VERSION);
    expect(Object.keys(state.finished)).toEqual(["good"]);
    expect(notice).toMatch(/1 damaged result was skipped/);
  });

  it("closes a damaged open session and says so", () => {
    const broken = { ...openSession(), currentIndex: 7 };
    const { state, notice } = restoreSessionState({ current: broken, finished: {} }, SESSION_STATE_VERSION);
    expect(state.current).toBeNull();
    expect(notice).toMatch(/open session was damaged/);
  });

  it("rejects sessions whose fields have the wrong types or values", () => {
    const s = openSession();
    const firstId = s.questionIds[0]!;
    const entries = s.entries as Record<string, unknown>;
    expect(parseSession({ ...s, entries: { ...entries, [firstId]: { ...s.entries[firstId], grade: 5 } } })).toBeUndefined();
    expect(parseSession({ ...s, startedAt: Number.NaN })).toBeUndefined();
    expect(parseSession({ ...s, config: { ...s.config, mode: "exam" } })).toBeUndefined();
    expect(parseSession({ ...s, questionMeta: {} })).toBeUndefined();
    expect(parseSession(s)).toEqual(s);
  });
});
