import { describe, expect, it } from "vitest";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Session } from "../../src/interview/session-types.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import type { Question } from "../../src/deck/deck-types.ts";
import { parseSession, parseSessionConfig, restoreSessionState, SESSION_STATE_VERSION } from "../../src/store/migrations.ts";

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
  it("keeps valid open sessions, finished results and the time results were deleted", () => {
    const done = finishedSession("s0");
    const other = { ...openSession(), id: "s2" };
    const { state, notice } = restoreSessionState(
      { open: { s1: openSession(), s2: other }, finished: { s0: done }, clearedAt: 500 },
      SESSION_STATE_VERSION,
    );
    expect(notice).toBeNull();
    expect(Object.keys(state.open).sort()).toEqual(["s1", "s2"]);
    expect(state.finished.s0).toEqual(done);
    expect(state.clearedAt).toBe(500);
  });

  it("migrates version 1 (one open session for the whole browser) to open sessions by id", () => {
    const done = finishedSession("s0");
    const { state, notice } = restoreSessionState({ current: openSession(), finished: { s0: done } }, 1);
    expect(notice).toBeNull();
    expect(state).toEqual({ open: { s1: openSession() }, finished: { s0: done }, clearedAt: null, filed: {} });
    expect(restoreSessionState({ current: null, finished: {} }, 1).state).toEqual({ open: {}, finished: {}, clearedAt: null, filed: {} });
  });

  it("migrates version 2 to version 3 with nothing filed yet: no result leaves before it is filed again", () => {
    const done = finishedSession("s0");
    const v2 = restoreSessionState({ open: {}, finished: { s0: done }, clearedAt: 500, filed: { s0: 9000 } }, 2);
    expect(SESSION_STATE_VERSION).toBe(3);
    expect(v2.notice).toBeNull();
    expect(v2.state).toEqual({ open: {}, finished: { s0: done }, clearedAt: 500, filed: {} });
  });

  it("keeps the filed ids of version 3 and skips hostile ones", () => {
    const done = finishedSession("s0");
    const { state, notice } = restoreSessionState(
      { open: {}, finished: { s0: done }, clearedAt: null, filed: { s0: 5000, gone: 4000, bad: -1, nan: "x", inf: Infinity } },
      SESSION_STATE_VERSION,
    );
    expect(notice).toBeNull();
    expect(state.filed).toEqual({ s0: 5000, gone: 4000 });
    expect(restoreSessionState({ open: {}, finished: {}, filed: [1, 2] }, SESSION_STATE_VERSION).state.filed).toEqual({});
  });

  it("resets with a notice on an unknown version", () => {
    const { state, notice } = restoreSessionState({ open: { s1: openSession() }, finished: {} }, 99);
    expect(state).toEqual({ open: {}, finished: {}, clearedAt: null, filed: {} });
    expect(notice).toMatch(/unknown version \(99\)/);
  });

  it.each([null, undefined, 42, "text", [], true])("turns the hostile blob %j into a clean slate with a notice", (blob) => {
    const { state, notice } = restoreSessionState(blob, SESSION_STATE_VERSION);
    expect(state).toEqual({ open: {}, finished: {}, clearedAt: null, filed: {} });
    expect(notice).toMatch(/could not be read/);
  });

  it("skips one damaged result and keeps the others", () => {
    const good = finishedSession("good");
    const bad = { ...finishedSession("bad"), questionIds: "nope" };
    const { state, notice } = restoreSessionState({ open: {}, finished: { good, bad } }, SESSION_STATE_VERSION);
    expect(Object.keys(state.finished)).toEqual(["good"]);
    expect(notice).toMatch(/1 damaged result was skipped/);
  });

  it("closes a damaged open session and says so, in either version", () => {
    const broken = { ...openSession(), currentIndex: 7 };
    const v1 = restoreSessionState({ current: broken, finished: {} }, 1);
    expect(v1.state.open).toEqual({});
    expect(v1.notice).toMatch(/open session was damaged/);
    const v2 = restoreSessionState({ open: { s1: broken, s2: { ...openSession(), id: "s2" } }, finished: {} }, SESSION_STATE_VERSION);
    expect(Object.keys(v2.state.open)).toEqual(["s2"]);
    expect(v2.notice).toMatch(/1 damaged open session was closed/);
  });

  it("files an open session saved finished as a result, and a finished copy beats an open one", () => {
    const done = { ...finishedSession("s1") };
    const { state } = restoreSessionState({ open: { s1: done }, finished: {} }, SESSION_STATE_VERSION);
    expect(state.open).toEqual({});
    expect(state.finished.s1).toEqual(done);
    const both = restoreSessionState({ open: { s1: openSession() }, finished: { s1: done } }, SESSION_STATE_VERSION);
    expect(both.state.open).toEqual({});
    expect(both.state.finished.s1?.finishedAt).toBe(5000);
  });

  it("ignores a hostile deletion time and a damaged list of open sessions", () => {
    const { state, notice } = restoreSessionState({ open: "x", finished: {}, clearedAt: -5 }, SESSION_STATE_VERSION);
    expect(state).toEqual({ open: {}, finished: {}, clearedAt: null, filed: {} });
    expect(notice).toMatch(/list of open sessions was damaged/);
    expect(restoreSessionState({ open: {}, finished: {}, clearedAt: Number.NaN }, SESSION_STATE_VERSION).state.clearedAt).toBeNull();
  });

  it("reuses a session it already knows (same id, state and change times) instead of validating it again", () => {
    const done = finishedSession("s0");
    const known: Session = {
      ...done,
      updatedAt: 6000,
      entries: Object.fromEntries(Object.entries(done.entries).map(([id, e]) => [id, { ...e, changedAt: 5000 }])),
    };
    const knownState = { open: {}, finished: { s0: known }, clearedAt: null, filed: {} };
    const times = (changedAt: number) => Object.fromEntries(known.questionIds.map((id) => [id, { changedAt }]));
    // The saved copy would fail validation: reusing the known object proves it was not validated.
    const saved = { open: {}, finished: { s0: { id: "s0", updatedAt: 6000, finishedAt: 5000, entries: times(5000) } } };
    expect(restoreSessionState(saved, SESSION_STATE_VERSION, knownState).state.finished.s0).toBe(known);
    // A newer updatedAt, or the same one with an entry changed at another time (a merge), is read
    // and validated like the rest.
    for (const changed of [
      { id: "s0", updatedAt: 7000, finishedAt: 5000, entries: times(5000) },
      { id: "s0", updatedAt: 6000, finishedAt: 5000, entries: times(6000) },
    ]) {
      const restored = restoreSessionState({ open: {}, finished: { s0: changed } }, SESSION_STATE_VERSION, knownState);
      expect(restored.state.finished).toEqual({});
      expect(restored.notice).toMatch(/1 damaged result was skipped/);
    }
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

  it("keeps the change times two tabs merge by, and rejects hostile ones", () => {
    const s = openSession();
    const firstId = s.questionIds[0]!;
    const stamped = { ...s, updatedAt: 2000, entries: { ...s.entries, [firstId]: { ...s.entries[firstId]!, changedAt: 2000 } } };
    expect(parseSession(stamped)).toEqual(stamped);
    expect(parseSession({ ...s, updatedAt: -1 })).toBeUndefined();
    expect(parseSession({ ...stamped, entries: { ...stamped.entries, [firstId]: { ...stamped.entries[firstId], changedAt: "soon" } } })).toBeUndefined();
  });
});

describe("the session time-up setting", () => {
  it("reads sessions saved before it existed as keep going, and keeps end and overrun as saved", () => {
    const config = sessionConfig({ totalSeconds: 600 });
    expect(parseSessionConfig(config)).toEqual(config);
    expect(parseSessionConfig(config)?.onTotalTimeUp).toBeUndefined();
    expect(parseSessionConfig({ ...config, onTotalTimeUp: "end" })?.onTotalTimeUp).toBe("end");
    expect(parseSessionConfig({ ...config, onTotalTimeUp: "overrun" })?.onTotalTimeUp).toBe("overrun");
    expect(parseSessionConfig({ ...config, onTotalTimeUp: "explode" })).toBeUndefined();
  });
});
