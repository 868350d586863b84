import { createEmptyCard, fsrs, Rating, State, type Card, type CardInput, type FSRS } from "ts-fsrs";
import { z } from "zod/mini";
import type { Grade, Session } from "./session-types.ts";

/**
 * Spaced review of questions with FSRS, through ts-fsrs (no hand-written scheduler).
 *
 * One `ReviewState` per question id. It is plain JSON (timestamps in ms since the epoch) so it
 * can live in IndexedDB and in a backup file. Besides the FSRS card it keeps the short log of
 * the grades that produced it, one per session: that log is what makes the state safe to build
 * more than once. Saving the same session twice, regrading it later, two tabs filing sessions in
 * any order, or importing a backup on top of the same history all end in the same state, because
 * the state is always the replay of its log in time order (see `recordReview`, `mergeReviewStates`).
 *
 * Grades map Anki style: 1 Missed → Again, 2 Partial → Hard, 3 Good → Good, 4 Strong → Easy.
 */

/** Where a question stands in FSRS terms (ts-fsrs `State`, named so a backup stays readable). */
export type ReviewPhase = "new" | "learning" | "review" | "relearning";

/** One grade that went into a review state. */
export interface ReviewEvent {
  /** When the grade counted (a session's `finishedAt`), ms since the epoch. */
  at: number;
  grade: Grade;
  /** The session the grade came from: a session counts once per question, whatever happens. */
  sessionId?: string;
}

/** A question's review schedule: the FSRS card, JSON-safe, and the grades behind it. */
export interface ReviewState {
  /** When the question is next due, ms since the epoch. */
  due: number;
  stability: number;
  difficulty: number;
  /** Days between the last review and `due`. */
  scheduledDays: number;
  learningSteps: number;
  /** How many grades went in. */
  reps: number;
  /** How many times a remembered question was forgotten (graded Missed in review). */
  lapses: number;
  phase: ReviewPhase;
  /** When it was last graded; `null` only for a state that has seen no grade. */
  lastReview: number | null;
  /** The grades behind this state, oldest first (ties by session id). */
  log: ReviewEvent[];
}

const RATING_OF_GRADE = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
} as const satisfies Record<Grade, Rating>;

const STATE_OF_PHASE: Record<ReviewPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const PHASE_OF_STATE: Record<State, ReviewPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

let scheduler: FSRS | undefined;

/**
 * The one FSRS scheduler, made on first use (no work at import time, so a module that only
 * needs `isDue` or `dueQueue` costs nothing to load).
 *
 * - No fuzz: the same grades on the same dates give the same schedule (tests and two tabs agree).
 * - No short-term steps: sessions are days apart, so a missed question comes back the next day
 *   or two, not in 1 and 10 minutes as flashcard learning steps would have it.
 * - About a year at most between reviews: interview knowledge is worth checking yearly. (ts-fsrs
 *   caps at 365 days, then keeps Hard < Good < Easy apart, so an Easy can land at 367.)
 */
function getScheduler(): FSRS {
  scheduler ??= fsrs({ enable_fuzz: false, enable_short_term: false, maximum_interval: 365 });
  return scheduler;
}

function toCard(state: ReviewState): CardInput {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from `last_review`; only echoed into its review log.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF_PHASE[state.phase],
    last_review: state.lastReview,
  };
}

function fromCard(card: Card, log: ReviewEvent[]): ReviewState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_OF_STATE[card.state],
    lastReview: card.last_review === undefined ? null : card.last_review.getTime(),
    log,
  };
}

/** The key a grade is known by in a log: its session, else its time. */
function eventKey(event: ReviewEvent): string {
  return event.sessionId === undefined ? `@${event.at}` : `s:${event.sessionId}`;
}

function compareEvents(a: ReviewEvent, b: ReviewEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  const ka = eventKey(a);
  const kb = eventKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** One FSRS step on a card; `at` is never before the card's last review here. */
function step(state: ReviewState | undefined, event: ReviewEvent, log: ReviewEvent[]): ReviewState {
  const card = state === undefined ? createEmptyCard(event.at) : toCard(state);
  const { card: next } = getScheduler().next(card, event.at, RATING_OF_GRADE[event.grade]);
  return fromCard(next, log);
}

/**
 * The state a list of grades leads to, replayed oldest first; `undefined` for no grades.
 * Duplicates (same session, or same time without a session) count once: the last one listed wins,
 * so a regrade passed after the original replaces it.
 */
export function replayReviews(events: readonly ReviewEvent[]): ReviewState | undefined {
  const byKey = new Map<string, ReviewEvent>();
  for (const event of events) byKey.set(eventKey(event), { ...event });
  const log = [...byKey.values()].sort(compareEvents);
  let state: ReviewState | undefined;
  for (const event of log) state = step(state, event, []);
  return state === undefined ? undefined : { ...state, log };
}

/**
 * Applies one grade given at `at` (ms). `undefined` = a question never graded before.
 * A grade older than the state's last review (a session filed late by another tab, an import)
 * is slotted into the log in time order (ties by session id) and the whole log replayed, since
 * FSRS only moves forward: the result never depends on the order grades arrived in.
 */
export function applyGrade(state: ReviewState | undefined, grade: Grade, at: number, sessionId?: string): ReviewState {
  const event: ReviewEvent = sessionId === undefined ? { at, grade } : { at, grade, sessionId };
  if (state === undefined) return step(undefined, event, [event]);
  const last = state.log[state.log.length - 1];
  const outOfOrder = (state.lastReview !== null && at < state.lastReview) || (last !== undefined && compareEvents(last, event) > 0);
  if (outOfOrder) return replayReviews([...state.log, event]) as ReviewState;
  return step(state, event, [...state.log, event]);
}

/**
 * Files one session's grade for a question, exactly once: the same event again returns the state
 * unchanged (same object); a changed grade or time for the same session replaces the old one.
 */
export function recordReview(state: ReviewState | undefined, event: ReviewEvent): ReviewState {
  if (state === undefined) return applyGrade(undefined, event.grade, event.at, event.sessionId);
  const key = eventKey(event);
  const previous = state.log.find((e) => eventKey(e) === key);
  if (previous === undefined) return applyGrade(state, event.grade, event.at, event.sessionId);
  if (previous.grade === event.grade && previous.at === event.at) return state;
  return replayReviews([...state.log.filter((e) => eventKey(e) !== key), event]) as ReviewState;
}

/**
 * The state that holds the grades of both (union of their logs, one per session; where one
 * session was graded differently in each, `a`'s grade stands). Returns `a` itself when `b` adds
 * no session `a` lacks, so merging the same thing twice changes nothing.
 */
export function mergeReviewStates(a: ReviewState | undefined, b: ReviewState | undefined): ReviewState | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const known = new Set(a.log.map(eventKey));
  if (!b.log.some((e) => !known.has(eventKey(e)))) return a;
  // On a conflict (one session graded differently in each), `a`'s grade wins: b's go first.
  return replayReviews([...b.log, ...a.log]);
}

/**
 * The grades a finished session contributes to review states: one event per graded question,
 * at the time the session finished (the person graded as they went; `finishedAt` is the one time
 * every copy of the session agrees on). An unfinished session contributes nothing.
 */
export function reviewEventsOf(session: Session): { questionId: string; event: ReviewEvent }[] {
  if (session.finishedAt === undefined) return [];
  const events: { questionId: string; event: ReviewEvent }[] = [];
  for (const questionId of session.questionIds) {
    const grade = session.entries[questionId]?.grade;
    if (grade !== undefined) events.push({ questionId, event: { at: session.finishedAt, grade, sessionId: session.id } });
  }
  return events;
}

/**
 * The state without the grades of the given sessions (replayed), `undefined` when none is left.
 * Used when a backup's copy of a session loses to the history's own copy: the history's grades
 * for it stand, the file's are dropped.
 */
export function withoutSessions(state: ReviewState, sessionIds: ReadonlySet<string>): ReviewState | undefined {
  if (!state.log.some((e) => e.sessionId !== undefined && sessionIds.has(e.sessionId))) return state;
  return replayReviews(state.log.filter((e) => e.sessionId === undefined || !sessionIds.has(e.sessionId)));
}

/** True when the question is due at `now` (pass the end of today for "due today"). */
export function isDue(state: ReviewState, now: number): boolean {
  return state.due <= now;
}

/**
 * Ids of `questionIds` due at `now`, most overdue (earliest due) first, ties in the given order.
 * Questions never graded have no schedule and are not listed: they are new, not due ("Weakest
 * first" puts them first instead). Linear scan plus a sort of the due ones only, so 10,000
 * questions take a few milliseconds.
 */
export function dueQueue(
  states: Readonly<Record<string, Pick<ReviewState, "due">>>,
  questionIds: readonly string[],
  now: number,
): string[] {
  const due: { id: string; at: number; index: number }[] = [];
  for (let index = 0; index < questionIds.length; index += 1) {
    const id = questionIds[index] as string;
    const state = Object.hasOwn(states, id) ? states[id] : undefined;
    if (state !== undefined && state.due <= now) due.push({ id, at: state.due, index });
  }
  due.sort((a, b) => a.at - b.at || a.index - b.index);
  return due.map((entry) => entry.id);
}

const finite = z.number().check(z.refine(Number.isFinite, { message: "not a finite number" }));
const timestamp = finite.check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const eventSchema = z.object({
  at: timestamp,
  grade,
  sessionId: z.optional(z.string()),
});

/** A stored review state, checked field by field (IndexedDB records and backup files). */
export const reviewStateSchema = z.object({
  due: timestamp,
  stability: finite.check(z.nonnegative()),
  difficulty: finite,
  scheduledDays: finite.check(z.nonnegative()),
  learningSteps: count,
  reps: count,
  lapses: count,
  phase: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: z.nullable(timestamp),
  log: z.array(eventSchema),
});

/** Parses one stored review state; `undefined` when it is not one. */
export function parseReviewState(value: unknown): ReviewState | undefined {
  const result = reviewStateSchema.safeParse(value);
  return result.success ? (result.data as ReviewState) : undefined;
}
