import { describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import { formatDuration } from "../../src/lib/format-duration.ts";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Session, SessionConfig } from "../../src/interview/session-types.ts";
import {
  answerElapsedForQuestion,
  clockPhase,
  elapsedForQuestion,
  formatClock,
  formatStopwatch,
  plannedMs,
  questionClockReading,
  resumeAfterAbsence,
  sessionEndsAt,
  totalElapsed,
  totalRemaining,
} from "../../src/interview/timer.ts";
import { isOverrun, isTimeUp, remainingMs, transitionAll } from "../fixtures/session-views.ts";

const T0 = 1_700_000_000_000;
const S = 1000;
const MIN = 60 * S;

function question(id: string, kind: Question["kind"] = "concept"): Question {
  return { id, deckId: "d", label: id, kind, section: "A", prompt: id, answer: "a", keyPoints: [], hash: id, line: 1 };
}

function start(overrides: Partial<SessionConfig> = {}): Session {
  const config: SessionConfig = {
    deckIds: ["d"],
    sections: null,
    kinds: ["concept", "scenario"],
    count: 2,
    order: "in-order",
    seed: "",
    perQuestionSeconds: { concept: 180, scenario: 360 },
    totalSeconds: 600,
    onTimeUp: "overrun",
    mode: "practice",
    ...overrides,
  };
  return createSession(config, [question("a"), question("b", "scenario")], { id: "s", at: T0 });
}

describe("limits and clock faces", () => {
  it.each([
    [180 * S, 0, 180 * S, false, false, "3:00"],
    [180 * S, 1, 180 * S - 1, false, false, "3:00"],
    [180 * S, 1 * S, 179 * S, false, false, "2:59"],
    [180 * S, 180 * S, 0, true, false, "0:00"],
    [180 * S, 180 * S + 500, -500, true, true, "0:00"],
    [180 * S, 185 * S, -5 * S, true, true, "+0:05"],
    [180 * S, 180 * S + 61 * MIN, -61 * MIN, true, true, "+1:01:00"],
  ])("limit %i, elapsed %i → remaining %i, time up %s, overrun %s, shows %s", (limit, elapsed, left, up, over, face) => {
    expect(remainingMs(limit, elapsed)).toBe(left);
    expect(isTimeUp(limit, elapsed)).toBe(up);
    expect(isOverrun(limit, elapsed)).toBe(over);
    expect(formatClock(left)).toBe(face);
  });

  it("no limit: no remaining, never up or overrun", () => {
    expect(remainingMs(null, 10 * MIN)).toBeNull();
    expect(isTimeUp(null, 10 * MIN)).toBe(false);
    expect(isOverrun(null, 10 * MIN)).toBe(false);
    expect(clockPhase(null, 10 * MIN)).toBe("none");
  });

  it("phases for the two announcements", () => {
    expect(clockPhase(180 * S, 119 * S)).toBe("running");
    expect(clockPhase(180 * S, 120 * S)).toBe("last-minute");
    expect(clockPhase(180 * S, 180 * S)).toBe("time-up");
    expect(clockPhase(180 * S, 200 * S)).toBe("time-up");
  });

  it("stopwatch faces round down", () => {
    expect(formatStopwatch(0)).toBe("0:00");
    expect(formatStopwatch(42_999)).toBe("0:42");
    expect(formatStopwatch(12 * MIN + 5 * S)).toBe("12:05");
    expect(formatStopwatch(-1)).toBe("0:00");
    expect(formatClock(Number.NaN)).toBe("0:00");
  });
});

describe("elapsed time across pause and navigation", () => {
  it("counts only while the question is current and the session runs", () => {
    const s = transitionAll(start(), [
      { type: "paused", at: T0 + 30 * S },
      { type: "resumed", at: T0 + 5 * MIN },
      { type: "movedNext", at: T0 + 5 * MIN + 20 * S },
    ]);
    const now = T0 + 6 * MIN;
    expect(elapsedForQuestion(s, "a", now)).toBe(50 * S);
    expect(elapsedForQuestion(s, "b", now)).toBe(40 * S);
    expect(totalElapsed(s, now)).toBe(90 * S);
    expect(totalRemaining(s, now)).toBe(600 * S - 90 * S);
    expect(elapsedForQuestion(s, "unknown", now)).toBe(0);
  });

  it("a paused session's clock stands still however late it is read", () => {
    const s = transition(start(), { type: "paused", at: T0 + 30 * S });
    expect(elapsedForQuestion(s, "a", T0 + 30 * S)).toBe(30 * S);
    expect(elapsedForQuestion(s, "a", T0 + 3 * 24 * 60 * MIN)).toBe(30 * S);
  });

  it("answer time freezes at the reveal while elapsed keeps counting", () => {
    const s = transition(start(), { type: "revealed", at: T0 + 100 * S });
    expect(answerElapsedForQuestion(s, "a", T0 + 300 * S)).toBe(100 * S);
    expect(elapsedForQuestion(s, "a", T0 + 300 * S)).toBe(300 * S);
  });

  it("the question clock runs until Done, then stays on that figure however long the answer is read", () => {
    const s = transition(start({ mode: "interview" }), { type: "answered", at: T0 + 42_600 });
    expect(questionClockReading(start(), "a", T0 + 42_600)).toEqual({ ms: 42_600, stopped: false });
    for (const later of [T0 + 42_600, T0 + 200 * S, T0 + 3 * MIN + 3 * S]) {
      expect(questionClockReading(s, "a", later)).toEqual({ ms: 42_600, stopped: true });
    }
    // The clock and the record read the same figure.
    expect(answerElapsedForQuestion(s, "a", T0 + 200 * S)).toBe(42_600);
  });

  it("Done then Reveal: the clock stopped at Done, whichever came first wins", () => {
    const s = transitionAll(start({ mode: "interview" }), [
      { type: "answered", at: T0 + 10 * S },
      { type: "revealed", at: T0 + 50 * S },
    ]);
    expect(questionClockReading(s, "a", T0 + 90 * S)).toEqual({ ms: 10 * S, stopped: true });
  });

  it("a reveal by time-up stops the clock at the limit; an unanswered question's clock keeps running", () => {
    const s = transition(start({ onTimeUp: "reveal" }), { type: "timedOut", at: T0 + 180 * S });
    expect(questionClockReading(s, "a", T0 + 400 * S)).toEqual({ ms: 180 * S, stopped: true });
    expect(questionClockReading(start(), "a", T0 + 400 * S)).toEqual({ ms: 400 * S, stopped: false });
    expect(questionClockReading(start(), "missing", T0)).toEqual({ ms: 0, stopped: false });
  });

  it("a session set to end at its total limit ends at the moment the limit is reached", () => {
    const ending = start({ onTotalTimeUp: "end" });
    expect(sessionEndsAt(ending, T0 + 100 * S)).toBe(T0 + 600 * S);
    // Read late (a throttled tab): still the moment of the limit, in the past.
    expect(sessionEndsAt(ending, T0 + 700 * S)).toBe(T0 + 600 * S);
    const paused = transitionAll(ending, [{ type: "paused", at: T0 + 100 * S }]);
    expect(sessionEndsAt(paused, T0 + 900 * S)).toBeNull();
    const resumed = transition(paused, { type: "resumed", at: T0 + 1000 * S });
    expect(sessionEndsAt(resumed, T0 + 1000 * S)).toBe(T0 + 1500 * S);
    expect(sessionEndsAt(start(), T0)).toBeNull();
    expect(sessionEndsAt(start({ onTotalTimeUp: "overrun" }), T0)).toBeNull();
    expect(sessionEndsAt(start({ onTotalTimeUp: "end", totalSeconds: null }), T0)).toBeNull();
  });

  it("no total limit: no total remaining; plan falls back to per-question limits", () => {
    const s = start({ totalSeconds: null });
    expect(totalRemaining(s, T0)).toBeNull();
    expect(plannedMs(s)).toBe(540 * S);
    expect(plannedMs(start())).toBe(600 * S);
    expect(plannedMs(start({ totalSeconds: null, perQuestionSeconds: { concept: null, scenario: 60 } }))).toBeNull();
  });
});

describe("resumeAfterAbsence", () => {
  it("a reload comes back paused at the last moment seen; the time away is not counted", () => {
    const s = start();
    const lastSeenAt = T0 + 40 * S;
    const now = T0 + 45 * S;
    const result = resumeAfterAbsence(s, now, lastSeenAt, { reloaded: true });
    expect(result.pausedNow).toBe(true);
    expect(result.awayMs).toBe(5 * S);
    expect(result.session.pausedAt).toBe(lastSeenAt);
    expect(elapsedForQuestion(result.session, "a", now + 10 * MIN)).toBe(40 * S);
  });

  it("an absence over a minute pauses too, and says how long", () => {
    const s = start();
    const result = resumeAfterAbsence(s, T0 + 6 * MIN, T0 + MIN);
    expect(result.pausedNow).toBe(true);
    expect(result.awayMs).toBe(5 * MIN);
    expect(formatDuration(result.awayMs)).toBe("5 min");
    expect(elapsedForQuestion(result.session, "a", T0 + 6 * MIN)).toBe(MIN);
  });

  it("a short absence without reload changes nothing: that time counts", () => {
    const s = start();
    const result = resumeAfterAbsence(s, T0 + 50 * S, T0 + 10 * S);
    expect(result.session).toBe(s);
    expect(result.pausedNow).toBe(false);
    expect(elapsedForQuestion(result.session, "a", T0 + 50 * S)).toBe(50 * S);
  });

  it("exactly the threshold does not pause; one ms more does", () => {
    const s = start();
    expect(resumeAfterAbsence(s, T0 + 70 * S, T0 + 10 * S).pausedNow).toBe(false);
    expect(resumeAfterAbsence(s, T0 + 70 * S + 1, T0 + 10 * S).pausedNow).toBe(true);
  });

  it("an already paused or finished session is left alone", () => {
    const paused = transition(start(), { type: "paused", at: T0 + S });
    const finished = transition(start(), { type: "finished", at: T0 + S });
    for (const s of [paused, finished]) {
      const result = resumeAfterAbsence(s, T0 + 10 * MIN, T0 + 2 * S, { reloaded: true });
      expect(result.session).toBe(s);
      expect(result.pausedNow).toBe(false);
      expect(result.awayMs).toBe(10 * MIN - 2 * S);
    }
  });

  it("a heartbeat older than the current question's start pauses at that start, not before", () => {
    const s = transition(start(), { type: "movedNext", at: T0 + 2 * MIN });
    const result = resumeAfterAbsence(s, T0 + 10 * MIN, T0 + MIN, { reloaded: true });
    expect(result.session.pausedAt).toBe(T0 + 2 * MIN);
    expect(elapsedForQuestion(result.session, "b", T0 + 10 * MIN)).toBe(0);
    expect(elapsedForQuestion(result.session, "a", T0 + 10 * MIN)).toBe(2 * MIN);
  });

  it("after resuming, the question's clock goes on from where it stopped", () => {
    const away = resumeAfterAbsence(start(), T0 + 30 * MIN, T0 + 90 * S).session;
    const back = transition(away, { type: "resumed", at: T0 + 30 * MIN });
    expect(elapsedForQuestion(back, "a", T0 + 30 * MIN + 10 * S)).toBe(100 * S);
    expect(totalRemaining(back, T0 + 30 * MIN + 10 * S)).toBe(500 * S);
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [-5, "0 s"],
    [Number.NaN, "0 s"],
    [42 * S, "42 s"],
    [59 * S, "59 s"],
    [59.6 * S, "1 min"],
    [5 * MIN, "5 min"],
    [5 * MIN + 29 * S, "5 min"],
    [5 * MIN + 31 * S, "6 min"],
    [60 * MIN, "1 h"],
    [65 * MIN, "1 h 5 min"],
    [25 * 60 * MIN, "1 d 1 h"],
    [48 * 60 * MIN, "2 d"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
