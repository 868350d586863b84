import type { QuestionKind } from "../deck/deck-types.ts";
import type { SessionOrder } from "./session-orders.ts";

/**
 * The shapes of a practice session. A session is plain data (JSON-safe: no Dates, Maps or
 * functions) so the store can persist it and history can keep it for years. Every rule that
 * changes it lives in `transition` (session-machine.ts); what a clock shows is derived from
 * its timestamps (timer.ts). All timestamps are milliseconds since the Unix epoch.
 */

/**
 * Order of the picked questions: seeded shuffle; deck order (deck by deck, file order); due for
 * review first (most overdue first, from the review schedule); or weakest first (from history).
 */
export type { SessionOrder };

/** Practice: move freely, reveal any time. Interview: no going back, reveal only when done or out of time. */
export type SessionMode = "practice" | "interview";

/** What happens when a question's time runs out: keep going with a visible overrun, or reveal the answer. */
export type TimeUpBehaviour = "overrun" | "reveal";

/** What happens when the whole session's time runs out: keep going with a visible overrun, or end it. */
export type TotalTimeUpBehaviour = "overrun" | "end";

/**
 * Per-question time limit in seconds, by kind; `null` means no limit for that kind.
 * By kind rather than one number because a scenario takes about twice as long to answer as a
 * concept question, and the setup screen offers a default for each (3 min / 6 min) that the
 * person may edit or switch off separately.
 */
export interface PerQuestionSeconds {
  concept: number | null;
  scenario: number | null;
}

/** Default pace: 3 min for a concept question, 6 min for a scenario. */
export const DEFAULT_PER_QUESTION_SECONDS: Readonly<PerQuestionSeconds> = { concept: 180, scenario: 360 };

/**
 * Everything the setup screen decides. It lives in the URL (validated search params), so a
 * copied link reproduces the same questions in the same order.
 */
export interface SessionConfig {
  /** Decks to draw from, in the order "in-order" walks them. */
  deckIds: string[];
  /**
   * Section (topic) titles to include, matched across the chosen decks; `null` = every section.
   * `null` rather than `[]` for "all" so that unticking every topic means none, not everything.
   */
  sections: string[] | null;
  /** Kinds to include; an empty list picks nothing. */
  kinds: QuestionKind[];
  /** How many questions to ask; capped at what the filters leave (see `pickQuestions`). */
  count: number;
  order: SessionOrder;
  /** Seed of the shuffle (shown to the person); ignored for "in-order". */
  seed: string;
  perQuestionSeconds: PerQuestionSeconds;
  /** Optional limit for the whole session, in seconds. Shown as a second clock; see `onTotalTimeUp`. */
  totalSeconds: number | null;
  onTimeUp: TimeUpBehaviour;
  /**
   * At the end of `totalSeconds`: "end" finishes the session right there; "overrun" (and absent,
   * as in every session saved before this setting existed) keeps going, the clock showing the overrun.
   */
  onTotalTimeUp?: TotalTimeUpBehaviour;
  mode: SessionMode;
  /**
   * Restrict to these question ids (e.g. "Practise again: missed and flagged"); other filters
   * still apply. Absent = no restriction.
   */
  onlyQuestionIds?: string[];
}

/** Self-assessed grade, Anki style: keys 1–4. */
export type Grade = 1 | 2 | 3 | 4;

/** The four grades in key order. */
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** What each grade is called on screen and in exports. */
export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  1: "Missed",
  2: "Partial",
  3: "Good",
  4: "Strong",
};

/** Points a question is worth at most (a "Strong" grade). */
export const MAX_GRADE: Grade = 4;

/** True for 1, 2, 3 or 4 (and nothing else: use on keys, search params and stored data). */
export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/**
 * A copy of what the session needs to know about a question, taken when the session starts,
 * so results and history stay readable after the deck is edited or removed.
 */
export interface QuestionMeta {
  deckId: string;
  /** "Q1", "S3" or a generated "#7", as in the deck. */
  label: string;
  section: string;
  kind: QuestionKind;
  /** Plain-text prompt at the time of the session. */
  prompt: string;
  /** Hash of prompt + answer at the time of the session: differs from the deck's when the answer changed since. */
  hash: string;
  /** Time limit for this question in ms, from the config by kind; `null` = no limit. */
  limitMs: number | null;
  /** Number of key points (rubric items) then; `checkedKeyPoints` indexes into them. */
  keyPointCount: number;
}

/**
 * What happened on one question.
 *
 * Time semantics: the question's clock runs only while it is the current question and the
 * session is neither paused nor finished. While it runs, `activeSince` is set and the time
 * shown is `elapsedMs + (now - activeSince)`; when the person leaves, pauses or finishes,
 * that span is added to `elapsedMs` and `activeSince` is removed. Nothing ever ticks.
 */
export interface SessionEntry {
  /** Time spent on the question in ms, up to the last time its clock stopped. */
  elapsedMs: number;
  /** When its clock last started; present only while it is running. */
  activeSince?: number;
  /**
   * Time it took to answer: the question's elapsed time when the person first said they were
   * done or revealed the answer (whichever came first). Reading the model answer afterwards
   * still counts in `elapsedMs`, but not against the limit in results.
   */
  answeredMs?: number;
  /** When the person said "done answering". */
  doneAt?: number;
  /** When the answer was first revealed. */
  revealedAt?: number;
  grade?: Grade;
  /** Indices into the question's key points that the person ticked, ascending. */
  checkedKeyPoints: number[];
  notes: string;
  /** What speech recognition heard while the answer was recorded (absent when none was made). */
  transcript?: string;
  /**
   * Key points the matcher judged covered and pre-ticked, once, when the rubric first showed;
   * absent until then. The person may untick them: `checkedKeyPoints` is what counts.
   */
  suggestedKeyPoints?: number[];
  /** Flagged for review. */
  flagged: boolean;
  /** Left with Skip and no grade; cleared when the question is graded. */
  skipped: boolean;
  /**
   * When this entry last changed (the time of the event that changed it). Absent in sessions
   * saved before tabs merged their copies. Two copies of one finished session (a regrade in each
   * of two tabs) keep, per question, the entry changed last: see session-merge.ts.
   */
  changedAt?: number;
}

/** One practice session, open or finished. */
export interface Session {
  id: string;
  config: SessionConfig;
  /** The questions in the order asked. */
  questionIds: string[];
  questionMeta: Record<string, QuestionMeta>;
  startedAt: number;
  /** Index into `questionIds` of the question on screen. */
  currentIndex: number;
  /** Set while paused: when the pause began. */
  pausedAt?: number;
  /** Set once finished; a finished session accepts only `regraded`. */
  finishedAt?: number;
  entries: Record<string, SessionEntry>;
  /**
   * When anything in it last changed (the latest event time it took in). Absent in sessions
   * saved before tabs merged their copies. When two tabs hold different copies of one session,
   * the newer change wins: see session-merge.ts.
   */
  updatedAt?: number;
}
