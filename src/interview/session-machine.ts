import type { Question } from "../deck/deck-types.ts";
import { isGrade } from "./session-types.ts";
import type { Grade, QuestionMeta, Session, SessionConfig, SessionEntry } from "./session-types.ts";

/**
 * Events are facts in the past tense: what the person did (or what the clock says) at `at`,
 * milliseconds since the epoch. The machine never reads the clock itself.
 *
 * Events about "the question" act on the current question. An optional `questionId` guard
 * makes such an event apply only if that question is still current (a grade key pressed just
 * as the screen moved on must not land on the next question). Navigation events take an
 * optional `fromIndex` guard for the same reason: two "Next" clicks or a key repeat carrying
 * the same `fromIndex` move one question, not two.
 */
export type SessionEvent =
  /** The person says they are done answering (interview mode: this unlocks the reveal). */
  | { type: "answered"; at: number; questionId?: string }
  /** The answer was revealed. */
  | { type: "revealed"; at: number; questionId?: string }
  /** The person graded the current question. */
  | { type: "graded"; at: number; grade: Grade; questionId?: string }
  /** A rubric item (index into the key points) was ticked or unticked. */
  | { type: "keyPointToggled"; at: number; index: number; questionId?: string }
  /**
   * The answer was matched against the key points (key-point-coverage.ts) and these were judged
   * covered: they are ticked for the person to confirm or untick. Once per question, so an untick
   * is never undone by a later match.
   */
  | { type: "keyPointsSuggested"; at: number; indices: number[]; questionId?: string }
  /**
   * Speech recognition heard this, in full so far, for a question of the session (it may arrive
   * just after the question was left or the session paused, as recognition catches up).
   */
  | { type: "transcribed"; at: number; text: string; questionId?: string }
  /** Notes changed. `questionId` may name any question of the session (a late, debounced save). */
  | { type: "notesEdited"; at: number; text: string; questionId?: string }
  /** Flag for review switched on or off. */
  | { type: "flagToggled"; at: number; questionId?: string }
  /** Skip: mark the current (ungraded) question skipped and move on (if it is not the last). */
  | { type: "skipped"; at: number; fromIndex?: number }
  | { type: "movedNext"; at: number; fromIndex?: number }
  /** Practice mode only. */
  | { type: "movedPrevious"; at: number; fromIndex?: number }
  /** Practice mode only. */
  | { type: "jumpedTo"; at: number; index: number; fromIndex?: number }
  | { type: "paused"; at: number }
  | { type: "resumed"; at: number }
  /**
   * The current question's time ran out (the screen noticed). Applies only if it really has at
   * `at`; with `onTimeUp: "reveal"` it reveals the answer, with "overrun" there is nothing to
   * change (the overrun is derived from the timestamps).
   */
  | { type: "timedOut"; at: number; questionId?: string }
  | { type: "finished"; at: number }
  /** A grade changed on the results page, after the session finished. */
  | { type: "regraded"; at: number; questionId: string; grade: Grade };

/** Options of `createSession`: the caller supplies identity and time, so this stays pure. */
export interface CreateSessionOptions {
  id: string;
  /** Start time: the first question's clock starts here. */
  at: number;
}

/** Limit in ms for a number of seconds from the config; anything not a positive number means no limit. */
function limitFromSeconds(seconds: number | null | undefined): number | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.round(seconds * 1000);
}

function newEntry(): SessionEntry {
  return { elapsedMs: 0, checkedKeyPoints: [], notes: "", flagged: false, skipped: false };
}

/**
 * Start a session on already picked and ordered questions (see `pickQuestions`); the first
 * question's clock starts at `at`. Duplicate ids are dropped (first kept).
 * @throws RangeError when there is no question: the setup screen must not offer Start then.
 */
export function createSession(
  config: SessionConfig,
  questions: readonly Question[],
  { id, at }: CreateSessionOptions,
): Session {
  const questionIds: string[] = [];
  const questionMeta: Record<string, QuestionMeta> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const q of questions) {
    if (Object.hasOwn(questionMeta, q.id)) continue;
    questionIds.push(q.id);
    questionMeta[q.id] = {
      deckId: q.deckId,
      label: q.label,
      section: q.section,
      kind: q.kind,
      prompt: q.prompt,
      hash: q.hash,
      limitMs: limitFromSeconds(config.perQuestionSeconds[q.kind]),
      keyPointCount: q.keyPoints.length,
    };
    entries[q.id] = newEntry();
  }
  const firstId = questionIds[0];
  if (firstId === undefined) throw new RangeError("createSession: no questions to ask");
  entries[firstId] = { ...newEntry(), activeSince: at };
  return { id, config, questionIds, questionMeta, startedAt: at, currentIndex: 0, entries };
}

/**
 * Time spent on one question as of `at`: stored time plus the running span, if its clock runs.
 * A clock that went backwards (at < activeSince) adds nothing rather than a negative span.
 */
export function entryElapsedMs(entry: SessionEntry, at: number): number {
  if (entry.activeSince === undefined) return entry.elapsedMs;
  return entry.elapsedMs + Math.max(0, at - entry.activeSince);
}

/** The id of the question on screen. */
export function currentQuestionId(session: Session): string | undefined {
  return session.questionIds[session.currentIndex];
}

/** True while the current question's clock may run: neither paused nor finished. */
export function isRunning(session: Session): boolean {
  return session.pausedAt === undefined && session.finishedAt === undefined;
}

/** True when a question's limit has been reached by `at` (never for a question without a limit). */
function isQuestionTimeUp(session: Session, questionId: string, at: number): boolean {
  const limitMs = session.questionMeta[questionId]?.limitMs ?? null;
  const entry = session.entries[questionId];
  if (limitMs === null || entry === undefined) return false;
  return entryElapsedMs(entry, at) >= limitMs;
}

/** Stop a running clock: fold the running span into `elapsedMs`. */
function stopClock(entry: SessionEntry, at: number): SessionEntry {
  if (entry.activeSince === undefined) return entry;
  const { activeSince: _stopped, ...rest } = entry;
  return { ...rest, elapsedMs: entryElapsedMs(entry, at) };
}

function startClock(entry: SessionEntry, at: number): SessionEntry {
  return { ...entry, activeSince: at };
}

function withEntry(session: Session, questionId: string, entry: SessionEntry): Session {
  if (session.entries[questionId] === entry) return session;
  return { ...session, entries: { ...session.entries, [questionId]: entry } };
}

/** Move from the current question to `index` (already validated): stop one clock, start the other. */
function moveTo(session: Session, index: number, at: number): Session {
  const fromId = currentQuestionId(session);
  const toId = session.questionIds[index];
  if (fromId === undefined || toId === undefined || index === session.currentIndex) return session;
  const from = session.entries[fromId] ?? newEntry();
  const to = session.entries[toId] ?? newEntry();
  // Only running sessions move (paused and finished ones ignore navigation), so the clock
  // hands over: the question left stops, the question reached starts.
  return {
    ...session,
    currentIndex: index,
    entries: {
      ...session.entries,
      [fromId]: stopClock(from, at),
      [toId]: startClock(to, at),
    },
  };
}

/** Mark the current question answered at `at`, keeping the first answer time. */
function markAnswered(entry: SessionEntry, at: number): SessionEntry {
  if (entry.answeredMs !== undefined) return entry;
  return { ...entry, answeredMs: entryElapsedMs(entry, at) };
}

function reveal(entry: SessionEntry, at: number): SessionEntry {
  return { ...markAnswered(entry, at), revealedAt: at };
}

function setGrade(entry: SessionEntry, grade: Grade): SessionEntry {
  if (entry.grade === grade && !entry.skipped) return entry;
  return { ...entry, grade, skipped: false };
}

/** `fromIndex` guard: absent, or equal to where the session is now. */
function fromIndexHolds(session: Session, fromIndex: number | undefined): boolean {
  return fromIndex === undefined || fromIndex === session.currentIndex;
}

/**
 * The one place where session rules live. Pure and total: an event that does not apply
 * (wrong mode, wrong state, stale guard, malformed payload, unknown type) returns the very
 * same `session` object, so callers can test `transition(s, e) === s` to know whether a
 * control is live, and stores can skip a write.
 *
 * Rules:
 * - A finished session ignores everything but `regraded`.
 * - While paused only `resumed`, `finished`, `notesEdited` and `transcribed` apply: the clock is stopped, so
 *   nothing that depends on the question being in front of the person may happen.
 * - Interview mode: no `movedPrevious` or `jumpedTo`; `revealed` only after `answered` or once
 *   the question's time is up at `at`; grading and rubric ticks only after the reveal.
 * - `movedNext` on the last question does nothing: finishing is an explicit `finished`.
 * - `skipped` applies to an ungraded question; it marks it and moves next unless it is the last.
 * - Grading clears `skipped`.
 */
export function transition(session: Session, event: SessionEvent): Session {
  if (typeof event !== "object" || event === null || typeof event.at !== "number" || !Number.isFinite(event.at)) {
    return session;
  }
  const at = event.at;

  if (session.finishedAt !== undefined) {
    if (event.type !== "regraded") return session;
    const entry = session.entries[event.questionId];
    if (entry === undefined || !isGrade(event.grade)) return session;
    return withEntry(session, event.questionId, setGrade(entry, event.grade));
  }

  const currentId = currentQuestionId(session);
  if (currentId === undefined) return session;
  const current = session.entries[currentId] ?? newEntry();
  const paused = session.pausedAt !== undefined;
  const interview = session.config.mode === "interview";
  // Guard for events about "the current question".
  const targetsCurrent = (questionId: string | undefined) => questionId === undefined || questionId === currentId;

  switch (event.type) {
    case "answered": {
      if (paused || !targetsCurrent(event.questionId)) return session;
      if (current.doneAt !== undefined || current.revealedAt !== undefined) return session;
      return withEntry(session, currentId, { ...markAnswered(current, at), doneAt: at });
    }
    case "revealed": {
      if (paused || !targetsCurrent(event.questionId) || current.revealedAt !== undefined) return session;
      if (interview && current.doneAt === undefined && !isQuestionTimeUp(session, currentId, at)) return session;
      return withEntry(session, currentId, reveal(current, at));
    }
    case "timedOut": {
      if (paused || !targetsCurrent(event.questionId) || current.revealedAt !== undefined) return session;
      if (session.config.onTimeUp !== "reveal" || !isQuestionTimeUp(session, currentId, at)) return session;
      return withEntry(session, currentId, reveal(current, at));
    }
    case "graded": {
      if (paused || !targetsCurrent(event.questionId) || !isGrade(event.grade)) return session;
      if (interview && current.revealedAt === undefined) return session;
      return withEntry(session, currentId, setGrade(current, event.grade));
    }
    case "keyPointToggled": {
      if (paused || !targetsCurrent(event.questionId)) return session;
      if (interview && current.revealedAt === undefined) return session;
      const count = session.questionMeta[currentId]?.keyPointCount ?? 0;
      const { index } = event;
      if (!Number.isInteger(index) || index < 0 || index >= count) return session;
      const checked = current.checkedKeyPoints.includes(index)
        ? current.checkedKeyPoints.filter((i) => i !== index)
        : [...current.checkedKeyPoints, index].sort((a, b) => a - b);
      return withEntry(session, currentId, { ...current, checkedKeyPoints: checked });
    }
    case "keyPointsSuggested": {
      if (paused || !targetsCurrent(event.questionId) || current.suggestedKeyPoints !== undefined) return session;
      if (interview && current.revealedAt === undefined) return session;
      if (!Array.isArray(event.indices)) return session;
      const count = session.questionMeta[currentId]?.keyPointCount ?? 0;
      const suggested = [...new Set(event.indices)]
        .filter((i) => Number.isInteger(i) && i >= 0 && i < count)
        .sort((a, b) => a - b);
      const checked = [...new Set([...current.checkedKeyPoints, ...suggested])].sort((a, b) => a - b);
      return withEntry(session, currentId, { ...current, suggestedKeyPoints: suggested, checkedKeyPoints: checked });
    }
    case "transcribed": {
      const questionId = event.questionId ?? currentId;
      const entry = session.entries[questionId];
      if (entry === undefined || typeof event.text !== "string" || (entry.transcript ?? "") === event.text) return session;
      return withEntry(session, questionId, { ...entry, transcript: event.text });
    }
    case "notesEdited": {
      const questionId = event.questionId ?? currentId;
      const entry = session.entries[questionId];
      if (entry === undefined || typeof event.text !== "string" || entry.notes === event.text) return session;
      return withEntry(session, questionId, { ...entry, notes: event.text });
    }
    case "flagToggled": {
      if (paused || !targetsCurrent(event.questionId)) return session;
      return withEntry(session, currentId, { ...current, flagged: !current.flagged });
    }
    case "skipped": {
      if (paused || !fromIndexHolds(session, event.fromIndex) || current.grade !== undefined) return session;
      const isLast = session.currentIndex >= session.questionIds.length - 1;
      if (isLast && current.skipped) return session;
      const marked = withEntry(session, currentId, { ...current, skipped: true });
      return isLast ? marked : moveTo(marked, session.currentIndex + 1, at);
    }
    case "movedNext": {
      if (paused || !fromIndexHolds(session, event.fromIndex)) return session;
      if (session.currentIndex >= session.questionIds.length - 1) return session;
      return moveTo(session, session.currentIndex + 1, at);
    }
    case "movedPrevious": {
      if (paused || interview || !fromIndexHolds(session, event.fromIndex)) return session;
      if (session.currentIndex === 0) return session;
      return moveTo(session, session.currentIndex - 1, at);
    }
    case "jumpedTo": {
      const { index } = event;
      if (paused || interview || !fromIndexHolds(session, event.fromIndex)) return session;
      if (!Number.isInteger(index) || index < 0 || index >= session.questionIds.length) return session;
      return moveTo(session, index, at);
    }
    case "paused": {
      if (paused) return session;
      return { ...withEntry(session, currentId, stopClock(current, at)), pausedAt: at };
    }
    case "resumed": {
      if (!paused) return session;
      const { pausedAt: _ended, ...rest } = session;
      return withEntry(rest, currentId, startClock(current, at));
    }
    case "finished": {
      const { pausedAt: _ended, ...rest } = session;
      return { ...withEntry(rest, currentId, stopClock(current, at)), finishedAt: at };
    }
    case "regraded":
      // Only after finishing (handled above): during the session, grading is `graded`.
      return session;
    default:
      return session;
  }
}

/** Whether `event` would change anything: the machine's own answer to "is this control live?". */
export function canApply(session: Session, event: SessionEvent): boolean {
  return transition(session, event) !== session;
}
