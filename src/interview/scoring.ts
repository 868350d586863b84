import { MAX_GRADE } from "./session-types.ts";
import type { Grade, QuestionMeta, Session, SessionEntry } from "./session-types.ts";
import { answerElapsedForQuestion, elapsedForQuestion, plannedMs, totalElapsed } from "./timer.ts";

/**
 * Results arithmetic. A question is worth its grade in points (1 Missed … 4 Strong) out of 4,
 * and every question asked (shown to the person) counts: one shown and left without a grade
 * (skipped, out of time) is "not answered" and scores 0 of 4, so "11 / 24 · 46%" is six
 * questions asked, however many were graded. Questions never reached (the session was finished
 * before them) were not asked: they are counted apart. A session or topic with nothing graded
 * has no score at all (nothing was self-assessed).
 *
 * Functions that involve time take an optional `now`. Without it only time already folded
 * into the entries counts, which is exact for a finished or paused session (no clock runs).
 */

/** Whole-session score. */
export interface ScoreSummary {
  /** Sum of the grades given. */
  points: number;
  /** 4 per question asked, graded or not. */
  max: number;
  /** Rounded percentage of points over max; `null` when nothing is graded. */
  percent: number | null;
  graded: number;
  /** Questions in the session, graded or not. */
  questionCount: number;
  /** Questions without a grade, asked or not. */
  ungraded: number;
  /** Questions shown to the person (see `wasAsked`): the score is over these. */
  asked: number;
  /** Asked and left without a grade (skipped, out of time): 0 points each. */
  notAnswered: number;
  /** Never shown: the session was finished before them. */
  notReached: number;
  flagged: number;
  skipped: number;
  /** How many questions got each grade. */
  byGrade: Record<Grade, number>;
}

/**
 * Points, max and rounded percent of `asked` questions that got `grades` (shared by session and
 * topic totals): the questions without a grade count 0 of 4; nothing graded is no score.
 */
function tally(grades: readonly Grade[], asked: number): { points: number; max: number; percent: number | null } {
  if (grades.length === 0) return { points: 0, max: 0, percent: null };
  const points = grades.reduce((sum, grade) => sum + grade, 0);
  const max = Math.max(asked, grades.length) * MAX_GRADE;
  return { points, max, percent: Math.round((points / max) * 100) };
}

/**
 * Whether a question was put in front of the person: its clock ran (or runs), or something was
 * done on it. A question whose clock never started was not reached.
 */
export function wasAsked(entry: SessionEntry | undefined): boolean {
  if (entry === undefined) return false;
  return (
    entry.elapsedMs > 0 ||
    entry.activeSince !== undefined ||
    entry.grade !== undefined ||
    entry.skipped ||
    entry.revealedAt !== undefined ||
    entry.doneAt !== undefined
  );
}

function entriesOf(session: Session): { id: string; entry: SessionEntry | undefined; meta: QuestionMeta | undefined }[] {
  return session.questionIds.map((id) => ({ id, entry: session.entries[id], meta: session.questionMeta[id] }));
}

export function scoreSession(session: Session): ScoreSummary {
  const grades: Grade[] = [];
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let flagged = 0;
  let skipped = 0;
  let asked = 0;
  for (const { entry } of entriesOf(session)) {
    if (wasAsked(entry)) asked += 1;
    if (entry?.grade !== undefined) {
      grades.push(entry.grade);
      byGrade[entry.grade] += 1;
    }
    if (entry?.flagged) flagged += 1;
    if (entry?.skipped) skipped += 1;
  }
  return {
    ...tally(grades, asked),
    graded: grades.length,
    questionCount: session.questionIds.length,
    ungraded: session.questionIds.length - grades.length,
    asked,
    notAnswered: asked - grades.length,
    notReached: session.questionIds.length - asked,
    flagged,
    skipped,
    byGrade,
  };
}

/**
 * What the score is over, in words: "3 / 4 graded · 1 not answered · 2 not reached" (graded
 * of the questions asked, then those asked and left without a grade, then those never shown).
 */
export function formatScoreCounts(score: Pick<ScoreSummary, "graded" | "asked" | "notAnswered" | "notReached">): string {
  return [
    `${score.graded} / ${score.asked} graded`,
    score.notAnswered > 0 ? `${score.notAnswered} not answered` : null,
    score.notReached > 0 ? `${score.notReached} not reached` : null,
  ]
    .filter((part) => part !== null)
    .join(" · ");
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
  const topics = new Map<string, { count: number; asked: number; grades: Grade[] }>();
  for (const { entry, meta } of entriesOf(session)) {
    const section = meta?.section ?? "";
    let topic = topics.get(section);
    if (topic === undefined) {
      topic = { count: 0, asked: 0, grades: [] };
      topics.set(section, topic);
    }
    topic.count += 1;
    if (wasAsked(entry)) topic.asked += 1;
    if (entry?.grade !== undefined) topic.grades.push(entry.grade);
  }
  return [...topics].map(([section, { count, asked, grades }]) => ({
    section,
    count,
    graded: grades.length,
    ...tally(grades, asked),
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
      checkedKeyPoints: entry?.checkedKeyPoints ?? [],
    };
  });
}

/**
 * Questions for "Practise again: missed and flagged": graded Missed or Partial, not answered
 * (asked and left without a grade: skipped, out of time), or flagged; in session order.
 */
export function practiseAgainIds(session: Session): string[] {
  return entriesOf(session)
    .filter(({ entry }) => {
      if (entry === undefined) return false;
      if (entry.grade !== undefined) return entry.grade <= 2 || entry.flagged;
      return entry.flagged || wasAsked(entry);
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

