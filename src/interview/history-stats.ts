import { scoreSession } from "./scoring.ts";
import { MAX_GRADE } from "./session-types.ts";
import type { Grade, QuestionMeta, Session } from "./session-types.ts";
import { answerElapsedForQuestion, totalElapsed } from "./timer.ts";

/**
 * History arithmetic over finished sessions: per question, per topic, over time.
 *
 * Only finished sessions count (an open one is ignored). "Practised" means graded: a question
 * that was shown and skipped, or revealed but never graded, was asked but not practised, and
 * says nothing about how well it is known. Sessions are taken in the order they finished
 * (ties by id), whatever order they are passed in, so results never depend on storage order.
 */

/** Direction of change between the latest grade and the one before it. */
export type Trend = "up" | "down" | "flat";

/** What the history knows about one question. */
export interface QuestionStats {
  questionId: string;
  /**
   * The question as it was the last time it was asked: a question since removed from its deck
   * keeps its recorded prompt, section and label here.
   */
  meta: QuestionMeta;
  /** Finished sessions that included it. */
  timesAsked: number;
  /** Finished sessions in which it was graded. */
  timesPractised: number;
  lastGrade: Grade | null;
  /** The grade before the last one; `null` until it was graded twice. */
  previousGrade: Grade | null;
  /** Mean of all its grades (1–4, unrounded); `null` when never graded. */
  averageGrade: number | null;
  /** Last grade against the previous one; `null` until it was graded twice. */
  trend: Trend | null;
  /** When it was last graded (the session's `finishedAt`). */
  lastPractisedAt: number | null;
  /** Mean time to answer over the practised attempts, ms; `null` when never practised. */
  averageAnswerMs: number | null;
  /** Mean limit over the practised attempts that had one, ms; `null` when none had a limit. */
  averageLimitMs: number | null;
  /** Mean of answer time ÷ limit over timed attempts (1 = exactly on time); `null` when none was timed. */
  averageLimitRatio: number | null;
  /** Practised attempts whose answer went past the limit. */
  timesOverLimit: number;
  /** Content hash of the question when it was last practised; `null` when never practised. */
  practisedHash: string | null;
}

/** Finished sessions, oldest first. */
function chronological(sessions: readonly Session[]): Session[] {
  return sessions
    .filter((s) => s.finishedAt !== undefined)
    .sort((a, b) => (a.finishedAt as number) - (b.finishedAt as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Accumulator {
  stats: QuestionStats;
  gradeSum: number;
  answerSum: number;
  limitSum: number;
  limited: number;
  ratioSum: number;
}

function trendOf(last: Grade | null, previous: Grade | null): Trend | null {
  if (last === null || previous === null) return null;
  return last > previous ? "up" : last < previous ? "down" : "flat";
}

/** Per-question statistics over the finished sessions, keyed by question id. */
export function questionStats(sessions: readonly Session[]): Map<string, QuestionStats> {
  const byId = new Map<string, Accumulator>();
  for (const session of chronological(sessions)) {
    const finishedAt = session.finishedAt as number;
    for (const id of session.questionIds) {
      const meta = session.questionMeta[id];
      const entry = session.entries[id];
      if (meta === undefined || entry === undefined) continue;
      let acc = byId.get(id);
      if (acc === undefined) {
        acc = {
          stats: {
            questionId: id,
            meta,
            timesAsked: 0,
            timesPractised: 0,
            lastGrade: null,
            previousGrade: null,
            averageGrade: null,
            trend: null,
            lastPractisedAt: null,
            averageAnswerMs: null,
            averageLimitMs: null,
            averageLimitRatio: null,
            timesOverLimit: 0,
            practisedHash: null,
          },
          gradeSum: 0,
          answerSum: 0,
          limitSum: 0,
          limited: 0,
          ratioSum: 0,
        };
        byId.set(id, acc);
      }
      const stats = acc.stats;
      stats.meta = meta;
      stats.timesAsked += 1;
      if (entry.grade === undefined) continue;
      stats.timesPractised += 1;
      stats.previousGrade = stats.lastGrade;
      stats.lastGrade = entry.grade;
      stats.lastPractisedAt = finishedAt;
      stats.practisedHash = meta.hash;
      acc.gradeSum += entry.grade;
      const answerMs = answerElapsedForQuestion(session, id, finishedAt);
      acc.answerSum += answerMs;
      if (meta.limitMs !== null) {
        acc.limited += 1;
        acc.limitSum += meta.limitMs;
        acc.ratioSum += answerMs / meta.limitMs;
        if (answerMs > meta.limitMs) stats.timesOverLimit += 1;
      }
    }
  }
  const result = new Map<string, QuestionStats>();
  for (const [id, acc] of byId) {
    const { stats } = acc;
    const n = stats.timesPractised;
    result.set(id, {
      ...stats,
      averageGrade: n === 0 ? null : acc.gradeSum / n,
      trend: trendOf(stats.lastGrade, stats.previousGrade),
      averageAnswerMs: n === 0 ? null : acc.answerSum / n,
      averageLimitMs: acc.limited === 0 ? null : acc.limitSum / acc.limited,
      averageLimitRatio: acc.limited === 0 ? null : acc.ratioSum / acc.limited,
    });
  }
  return result;
}

/** Mastery of one topic (section): the latest grade of each practised question, rolled up. */
export interface TopicMastery {
  section: string;
  /** Decks its questions came from, sorted. */
  deckIds: string[];
  /** Questions of the topic graded at least once. */
  practised: number;
  /** Sum of latest grades over 4 per practised question, rounded; `null` when none practised. */
  percent: number | null;
  /** The same with each question's previous grade where it has one (else its latest). */
  previousPercent: number | null;
  /**
   * Latest against previous, compared on points (not the rounded percents): "up" when
   * re-practised questions improved overall. Questions practised once move neither side.
   */
  trend: Trend;
}

/**
 * Mastery per topic, topics sorted by name. A question belongs to the section it had when last
 * asked. Sections of the same name in different decks are one topic, as on the setup screen.
 */
export function topicMastery(stats: ReadonlyMap<string, QuestionStats>): TopicMastery[] {
  const topics = new Map<string, { decks: Set<string>; practised: number; points: number; previous: number }>();
  for (const s of stats.values()) {
    if (s.lastGrade === null) continue;
    let topic = topics.get(s.meta.section);
    if (topic === undefined) {
      topic = { decks: new Set(), practised: 0, points: 0, previous: 0 };
      topics.set(s.meta.section, topic);
    }
    topic.decks.add(s.meta.deckId);
    topic.practised += 1;
    topic.points += s.lastGrade;
    topic.previous += s.previousGrade ?? s.lastGrade;
  }
  return [...topics]
    .map(([section, t]) => {
      const max = t.practised * MAX_GRADE;
      return {
        section,
        deckIds: [...t.decks].sort(),
        practised: t.practised,
        percent: Math.round((t.points / max) * 100),
        previousPercent: Math.round((t.previous / max) * 100),
        trend: (t.points > t.previous ? "up" : t.points < t.previous ? "down" : "flat") as Trend,
      };
    })
    .sort((a, b) => (a.section < b.section ? -1 : a.section > b.section ? 1 : 0));
}

/** One point of the score-over-time chart. */
export interface ScorePoint {
  sessionId: string;
  /** When the session finished, ms since the epoch. */
  at: number;
  /** Its score in percent (0–100). */
  percent: number;
  /** Decks of its questions, in the order they first appear. */
  deckIds: string[];
}

/** Score over time, oldest first; sessions with nothing graded have no score and no point. */
export function scoreTrend(sessions: readonly Session[]): ScorePoint[] {
  const points: ScorePoint[] = [];
  for (const session of chronological(sessions)) {
    const { percent } = scoreSession(session);
    if (percent === null) continue;
    const deckIds = new Set<string>();
    for (const id of session.questionIds) {
      const deckId = session.questionMeta[id]?.deckId;
      if (deckId !== undefined) deckIds.add(deckId);
    }
    points.push({ sessionId: session.id, at: session.finishedAt as number, percent, deckIds: [...deckIds] });
  }
  return points;
}

/** One row of the history list. */
export interface HistoryRow {
  sessionId: string;
  startedAt: number;
  finishedAt: number;
  /** Decks of its questions, in the order they first appear. */
  deckIds: string[];
  /** Topics (sections) of its questions, in the order they first appear. */
  sections: string[];
  questionCount: number;
  graded: number;
  /** `null` when nothing was graded. */
  percent: number | null;
  /** Sum of the question clocks, ms (pauses excluded). */
  usedMs: number;
}

/** The history list, newest first. */
export function historyRows(sessions: readonly Session[]): HistoryRow[] {
  return chronological(sessions)
    .reverse()
    .map((session) => {
      const decks = new Set<string>();
      const sections = new Set<string>();
      for (const id of session.questionIds) {
        const meta = session.questionMeta[id];
        if (meta === undefined) continue;
        decks.add(meta.deckId);
        sections.add(meta.section);
      }
      const score = scoreSession(session);
      return {
        sessionId: session.id,
        startedAt: session.startedAt,
        finishedAt: session.finishedAt as number,
        deckIds: [...decks],
        sections: [...sections],
        questionCount: score.questionCount,
        graded: score.graded,
        percent: score.percent,
        // What `timeSummary` reports as used, without its per-question rows (a thousand sessions).
        usedMs: totalElapsed(session, Number.NEGATIVE_INFINITY),
      };
    });
}

/**
 * `questionIds` ordered weakest first, for the "Weakest first" order.
 *
 * Decision: questions never practised come first (in the given order). An unpractised question
 * is the biggest gap in a preparation, and after one pass through a deck every question has a
 * grade, so from then on the order is purely by how well each is known. Then: lowest latest
 * grade, then lowest average grade, then longest since practised, then the given order.
 */
export function weakestFirst(questionIds: readonly string[], stats: ReadonlyMap<string, QuestionStats>): string[] {
  const rows = questionIds.map((id, index) => ({ id, index, s: stats.get(id) }));
  const rank = (row: (typeof rows)[number]) =>
    row.s === undefined || row.s.lastGrade === null
      ? { fresh: 0, last: 0, avg: 0, when: 0 }
      : { fresh: 1, last: row.s.lastGrade, avg: row.s.averageGrade ?? 0, when: row.s.lastPractisedAt ?? 0 };
  const ranked = rows.map((row) => ({ row, r: rank(row) }));
  ranked.sort(
    (a, b) =>
      a.r.fresh - b.r.fresh ||
      a.r.last - b.r.last ||
      a.r.avg - b.r.avg ||
      a.r.when - b.r.when ||
      a.row.index - b.row.index,
  );
  return ranked.map(({ row }) => row.id);
}

/**
 * How a practised question's content compares with the deck today:
 * "unchanged"; "changed" (its prompt or answer was edited since it was last practised: show
 * "answer changed since you practised"); "removed" (no longer in the loaded decks: history keeps
 * its recorded prompt); "not-practised" (nothing to compare).
 */
export type AnswerStatus = "unchanged" | "changed" | "removed" | "not-practised";

/** `currentHash` is the deck's `Question.hash` today, `undefined` when the question is gone. */
export function answerStatus(stats: QuestionStats | undefined, currentHash: string | undefined): AnswerStatus {
  if (stats === undefined || stats.practisedHash === null) return "not-practised";
  if (currentHash === undefined) return "removed";
  return currentHash === stats.practisedHash ? "unchanged" : "changed";
}

/** Ids of the questions whose content changed since they were last practised, in `currentHashes` order. */
export function changedSincePractised(
  stats: ReadonlyMap<string, QuestionStats>,
  currentHashes: ReadonlyMap<string, string>,
): string[] {
  const changed: string[] = [];
  for (const [id, hash] of currentHashes) {
    if (answerStatus(stats.get(id), hash) === "changed") changed.push(id);
  }
  return changed;
}
