import { MAX_GRADE } from "./session-types.ts";
import type { Grade, QuestionMeta, Session, SessionEntry } from "./session-types.ts";
import { answerElapsedForQuestion, elapsedForQuestion, plannedMs, totalElapsed } from "./timer.ts";

/**
 * Results arithmetic. A question is worth its grade in points (1 Missed … 4 Strong) out of 4,
 * and only graded questions count: "11 / 16 · 69%" means four graded questions.
 *
 * Functions that involve time take an optional `now`. Without it only time already folded
 * into the entries counts, which is exact for a finished or paused session (no clock runs).
 */

/** Whole-session score. */
export interface ScoreSummary {
  /** Sum of the grades given. */
  points: number;
  /** 4 per graded question. */
  max: number;
  /** Rounded percentage of points over max; `null` when nothing is graded. */
  percent: number | null;
  graded: number;
  /** Questions in the session, graded or not. */
  questionCount: number;
  ungraded: number;
  flagged: number;
  skipped: number;
  /** How many questions got each grade. */
  byGrade: Record<Grade, number>;
}

/** Points, max and rounded percent over a list of grades (shared by session and topic totals). */
function tally(grades: readonly Grade[]): { points: number; max: number; percent: number | null } {
  const points = grades.reduce((sum, grade) => sum + grade, 0);
  const max = grades.length * MAX_GRADE;
  return { points, max, percent: max === 0 ? null : Math.round((points / max) * 100) };
}

function entriesOf(session: Session): { id: string; entry: SessionEntry | undefined; meta: QuestionMeta | undefined }[] {
  return session.questionIds.map((id) => ({ id, entry: session.entries[id], meta: session.questionMeta[id] }));
}

export function scoreSession(session: Session): ScoreSummary {
  const grades: Grade[] = [];
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let flagged = 0;
  let skipped = 0;
  for (const { entry } of entriesOf(session)) {
    if (entry?.grade !== undefined) {
      grades.push(entry.grade);
      byGrade[entry.grade] += 1;
    }
    if (entry?.flagged) flagged += 1;
    if (entry?.skipped) skipped += 1;
  }
  return {
    ...tally(grades),
    graded: grades.length,
    questionCount: session.questionIds.length,
    ungraded: session.questionIds.length - grades.length,
    flagged,
    skipped,
    byGrade,
  };
}

/** "11 / 16 · 69%"; "0 / 0" when nothing is graded. */
export function formatScore(score: Pick<ScoreSummary, "points" | "max" | "percent">): string {
  const base = `${score.points} / ${score.max}`;
  return score.percent === null ? base : `${base} · ${score.percent}%`;
}

/** One topic (section) of the per-topic breakdown. */
export interface TopicTotal {
  section: string;
  /** Questions of this topic in the session. */
  count: number;
  graded: number;
  points: number;
  max: number;
  percent: number | null;
}

/** Per-topic totals, topics in the order they first came up in the session. */
export function topicTotals(session: Session): TopicTotal[] {
  const topics = new Map<string, { count: number; grades: Grade[] }>();
  for (const { entry, meta } of entriesOf(session)) {
    const section = meta?.section ?? "";
    let topic = topics.get(section);
    if (topic === undefined) {
      topic = { count: 0, grades: [] };
      topics.set(section, topic);
    }
    topic.count += 1;
    if (entry?.grade !== undefined) topic.grades.push(entry.grade);
  }
  return [...topics].map(([section, { count, grades }]) => ({
    section,
    count,
    graded: grades.length,
    ...tally(grades),
  }));
}

/** Time used against the plan. */
export interface TimeSummary {
  /** Sum of the questions' clocks (pauses excluded). */
  usedMs: number;
  /** Total limit, else the sum of per-question limits, else `null` (see `plannedMs`). */
  plannedMs: number | null;
  /** How far over the plan (0 when within it or without a plan). */
  overMs: number;
  /** Questions whose answer time went past their limit. */
  overrunCount: number;
}

export function timeSummary(session: Session, now?: number): TimeSummary {
  const at = now ?? Number.NEGATIVE_INFINITY;
  const usedMs = totalElapsed(session, at);
  const plan = plannedMs(session);
  const overrunCount = questionResults(session, now).filter((row) => row.overrun).length;
  return { usedMs, plannedMs: plan, overMs: plan === null ? 0 : Math.max(0, usedMs - plan), overrunCount };
}

/** One row of the results list (and of the exports). */
export interface QuestionResult {
  /** 0-based position in the session. */
  index: number;
  questionId: string;
  meta: QuestionMeta;
  grade: Grade | undefined;
  /** Time on the question, reading the answer included. */
  elapsedMs: number;
  /** Time to answer (until done or reveal): what is compared with the limit. */
  answerMs: number;
  limitMs: number | null;
  overrun: boolean;
  /** How far past the limit the answer went (0 when within it). */
  overrunMs: number;
  flagged: boolean;
  skipped: boolean;
  revealed: boolean;
  notes: string;
  /** What speech recognition heard while the answer was recorded; "" when none. */
  transcript: string;
  checkedKeyPoints: number[];
}

const UNKNOWN_META: QuestionMeta = {
  deckId: "",
  label: "",
  section: "",
  kind: "concept",
  prompt: "",
  hash: "",
  limitMs: null,
  keyPointCount: 0,
};

/** Every question of the session with what happened on it, in session order. */
export function questionResults(session: Session, now?: number): QuestionResult[] {
  const at = now ?? Number.NEGATIVE_INFINITY;
  return entriesOf(session).map(({ id, entry, meta }, index) => {
    const limitMs = meta?.limitMs ?? null;
    const answerMs = answerElapsedForQuestion(session, id, at);
    const overrunMs = limitMs === null ? 0 : Math.max(0, answerMs - limitMs);
    return {
      index,
      questionId: id,
      meta: meta ?? UNKNOWN_META,
      grade: entry?.grade,
      elapsedMs: elapsedForQuestion(session, id, at),
      answerMs,
      limitMs,
      overrun: overrunMs > 0,
      overrunMs,
      flagged: entry?.flagged ?? false,
      skipped: entry?.skipped ?? false,
      revealed: entry?.revealedAt !== undefined,
      notes: entry?.notes ?? "",
      transcript: entry?.transcript ?? "",
      checkedKeyPoints: entry?.checkedKeyPoints ?? [],
    };
  });
}

/**
 * Questions for "Practise again: missed and flagged": graded Missed or Partial, flagged, or
 * skipped without a grade; in session order.
 */
export function practiseAgainIds(session: Session): string[] {
  return entriesOf(session)
    .filter(({ entry }) => {
      if (entry === undefined) return false;
      if (entry.grade !== undefined && entry.grade <= 2) return true;
      return entry.flagged || (entry.skipped && entry.grade === undefined);
    })
    .map(({ id }) => id);
}

/**
 * A grade suggested by the rubric ticks: none covered → 1 Missed, under half → 2 Partial,
 * half or more → 3 Good, all → 4 Strong. `null` when the question has no key points.
 * A suggestion only: the person's own grade always wins.
 */
export function suggestedGrade(checked: number, total: number): Grade | null {
  if (!Number.isFinite(total) || total <= 0 || !Number.isFinite(checked)) return null;
  const ratio = Math.min(1, Math.max(0, checked) / total);
  if (ratio === 0) return 1;
  if (ratio < 0.5) return 2;
  if (ratio < 1) return 3;
  return 4;
}

