import { entryElapsedMs, isRunning, transition } from "./session-machine.ts";
import type { Session } from "./session-types.ts";

/**
 * Clock arithmetic, all derived from the session's timestamps and a `now` the caller reads
 * (the screen, once per animation frame or second). Nothing here ticks or stores anything.
 */

/** An absence longer than this (ms) pauses the session: the person was not answering. */
export const ABSENCE_PAUSE_MS = 60_000;

/** Below this much time left (ms) the clock is in its last minute (one polite announcement). */
const LAST_MINUTE_MS = 60_000;

/** Time spent on a question as of `now`; 0 for an id not in the session. */
export function elapsedForQuestion(session: Session, questionId: string, now: number): number {
  const entry = session.entries[questionId];
  return entry === undefined ? 0 : entryElapsedMs(entry, now);
}

/**
 * Time the person took to answer: frozen when they said "done" or revealed the answer,
 * else the question's elapsed time so far. This is what results compare with the limit.
 */
export function answerElapsedForQuestion(session: Session, questionId: string, now: number): number {
  const entry = session.entries[questionId];
  if (entry === undefined) return 0;
  return entry.answeredMs ?? entryElapsedMs(entry, now);
}

/** What the question clock reads: the answer time, and whether it has stopped. */
export interface QuestionClockReading {
  /** Time to answer so far; once stopped, exactly what the results record (`answerElapsedForQuestion`). */
  ms: number;
  /** True from "I'm done answering" or the reveal, whichever came first: the clock freezes there. */
  stopped: boolean;
}

/**
 * The one rule for the question clock and the record: answer time runs until Done or Reveal
 * (whichever is first, `answeredMs`), then stops; the clock freezes on that figure, and the
 * results show the same one. Time spent reading the answer afterwards counts in the session's
 * time used, not in the answer time.
 */
export function questionClockReading(session: Session, questionId: string, now: number): QuestionClockReading {
  const entry = session.entries[questionId];
  if (entry === undefined) return { ms: 0, stopped: false };
  return entry.answeredMs === undefined
    ? { ms: entryElapsedMs(entry, now), stopped: false }
    : { ms: entry.answeredMs, stopped: true };
}

/**
 * What state a question clock is in, for styling and for the two live announcements:
 * "none" (no limit: counts up), "running", "last-minute" (≤ 60 s left), "time-up" (limit
 * reached or passed: overrun); "stopped" (the answer time stopped at Done / Reveal, see
 * `questionClockReading`) is decided by the caller, never from the numbers.
 */
export type ClockPhase = "none" | "running" | "last-minute" | "time-up" | "stopped";

export function clockPhase(limitMs: number | null, elapsedMs: number): ClockPhase {
  if (limitMs === null) return "none";
  const left = limitMs - elapsedMs;
  if (left <= 0) return "time-up";
  return left <= LAST_MINUTE_MS ? "last-minute" : "running";
}

function clockDigits(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/**
 * A countdown face for a signed remaining time: "2:59", "0:00" at time up, "+0:05" when 5 s
 * over, "1:05:00" past an hour. Remaining time rounds up (a 3-minute clock shows "3:00" until a
 * full second has passed, and "0:00" exactly at time up); overrun rounds down.
 */
export function formatClock(remaining: number): string {
  if (!Number.isFinite(remaining)) return "0:00";
  if (remaining >= 0) return clockDigits(Math.ceil(remaining / 1000));
  const over = Math.floor(-remaining / 1000);
  return over === 0 ? "0:00" : `+${clockDigits(over)}`;
}

/** A count-up face for elapsed time (no limit): "0:42", "12:05"; rounds down. */
export function formatStopwatch(elapsed: number): string {
  if (!Number.isFinite(elapsed) || elapsed <= 0) return "0:00";
  return clockDigits(Math.floor(elapsed / 1000));
}

/** Time spent on the whole session as of `now`: the sum of its questions' clocks (pauses excluded). */
export function totalElapsed(session: Session, now: number): number {
  let total = 0;
  for (const id of session.questionIds) total += elapsedForQuestion(session, id, now);
  return total;
}

/** Time left of the session's total limit (negative once over); `null` without a total limit. */
export function totalRemaining(session: Session, now: number): number | null {
  const limitMs = totalLimitMs(session);
  return limitMs === null ? null : limitMs - totalElapsed(session, now);
}

/**
 * When a session set to end at its total limit (`onTotalTimeUp: "end"`) ends: the moment its
 * clock reaches the limit (earlier than `now` when that was missed, a throttled background tab
 * say), so the questions' clocks stop exactly there. `null` when it does not end on its own, or
 * its clock does not run (paused: it ends when resumed, at once if the limit is reached).
 */
export function sessionEndsAt(session: Session, now: number): number | null {
  if (session.config.onTotalTimeUp !== "end" || !isRunning(session)) return null;
  const remaining = totalRemaining(session, now);
  return remaining === null ? null : now + remaining;
}

/** The session's total limit in ms, or `null`. */
export function totalLimitMs(session: Session): number | null {
  const seconds = session.config.totalSeconds;
  return seconds === null || !Number.isFinite(seconds) || seconds <= 0 ? null : Math.round(seconds * 1000);
}

/**
 * The planned duration: the total limit when set, else the sum of the per-question limits
 * when every question has one, else `null` (no plan to compare with).
 */
export function plannedMs(session: Session): number | null {
  const total = totalLimitMs(session);
  if (total !== null) return total;
  let sum = 0;
  for (const id of session.questionIds) {
    const limit = session.questionMeta[id]?.limitMs ?? null;
    if (limit === null) return null;
    sum += limit;
  }
  return sum;
}

/** What `resumeAfterAbsence` decided. */
export interface AbsenceResult {
  /** The session, paused at `lastSeenAt` if it was running and the absence counts; else the same object. */
  session: Session;
  /** How long the app was away (now − lastSeenAt, never negative), for "You were away 5 min". */
  awayMs: number;
  /** True when this call paused the session (show the notice only then). */
  pausedNow: boolean;
}

/** Options of `resumeAfterAbsence`. */
export interface AbsenceOptions {
  /** The session was loaded from storage (a reload or a new tab): it comes back paused whatever the gap. */
  reloaded?: boolean;
  /** Absences longer than this pause the session; default `ABSENCE_PAUSE_MS` (60 s). */
  thresholdMs?: number;
}

/**
 * Bring a session back after the app was not looking: a reload, a background tab, a sleeping
 * laptop. `lastSeenAt` is the last moment the app knew the person was there (a heartbeat the
 * store records while the session screen is visible). After a reload, or an absence longer
 * than the threshold, a running session comes back paused with `pausedAt = lastSeenAt`, so the
 * time away is not counted against the question. A short absence (switching tabs to think)
 * changes nothing: that time counts.
 */
export function resumeAfterAbsence(
  session: Session,
  now: number,
  lastSeenAt: number,
  options: AbsenceOptions = {},
): AbsenceResult {
  const awayMs = Math.max(0, now - lastSeenAt);
  const threshold = options.thresholdMs ?? ABSENCE_PAUSE_MS;
  if (!isRunning(session) || (!options.reloaded && awayMs <= threshold)) return { session, awayMs, pausedNow: false };
  // Never pause before the current question's clock started (a stale heartbeat), nor after now.
  const currentId = session.questionIds[session.currentIndex];
  const activeSince = currentId === undefined ? undefined : session.entries[currentId]?.activeSince;
  const pauseAt = Math.min(now, Math.max(lastSeenAt, activeSince ?? lastSeenAt));
  const paused = transition(session, { type: "paused", at: pauseAt });
  return { session: paused, awayMs, pausedNow: paused !== session };
}
