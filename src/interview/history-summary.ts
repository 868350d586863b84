import type { QuestionStats } from "./history-stats.ts";
import { lastChange } from "./session-merge.ts";
import { isGrade } from "./session-types.ts";
import type { Grade, QuestionMeta, Session, SessionConfig, SessionEntry } from "./session-types.ts";
import { isRecord } from "../lib/is-record.ts";

/**
 * The history page's own index: what it needs of each finished session and each question, small
 * enough that a thousand sessions read, check and add up within the page's time budget.
 *
 * A full session weighs about 11 KB (every prompt, note and timestamp); reading a thousand of
 * them from IndexedDB and validating them takes longer than the page may. The history keeps,
 * beside each session, its summary (about 2 KB: per question the facts the statistics use) and,
 * per question, its latest recorded prompt and when it is due. Both are derived from the full
 * records, written in the same transaction, and can be rebuilt from them at any time: a summary
 * that is missing or fails its check is rebuilt, never trusted.
 *
 * Pure; the store checks the config with its own schema (`parseConfig`).
 */

/** Bits of `QuestionFact[10]`. */
const FLAGGED = 1;
const SKIPPED = 2;

/**
 * One question of a session, as a tuple (a thousand sessions of twenty questions are 20,000 of
 * these: no repeated property names): id, deck id, section, kind, content hash, limit in ms (or
 * null), key point count, grade (0 = none), time to answer in ms, time spent in ms, flags.
 */
export type QuestionFact = [
  id: string,
  deckId: string,
  section: string,
  kind: QuestionMeta["kind"],
  hash: string,
  limitMs: number | null,
  keyPointCount: number,
  grade: Grade | 0,
  answerMs: number,
  elapsedMs: number,
  flags: number,
];

/** A finished session as the history page reads it. */
export interface SessionSummary {
  id: string;
  config: SessionConfig;
  startedAt: number;
  finishedAt: number;
  /** The session's last change when summarised. */
  updatedAt: number;
  questions: QuestionFact[];
}

/** What the history knows of one question across sessions. */
export interface QuestionIndexEntry {
  /** The question as last asked (the latest finished session that had it); null if never asked. */
  meta: QuestionMeta | null;
  /** When that session finished. */
  metaAt: number | null;
  /** When its review is due (from its review state); null without one. */
  due: number | null;
}

/** The summary of a finished session. */
export function summarizeSession(session: Session): SessionSummary {
  const finishedAt = session.finishedAt ?? lastChange(session);
  const questions: QuestionFact[] = [];
  for (const id of session.questionIds) {
    const meta = session.questionMeta[id];
    const entry = session.entries[id];
    if (meta === undefined || entry === undefined) continue;
    // Finished sessions have no running clock, so the stored time is the whole time.
    const elapsedMs = entry.elapsedMs;
    questions.push([
      id,
      meta.deckId,
      meta.section,
      meta.kind,
      meta.hash,
      meta.limitMs,
      meta.keyPointCount,
      entry.grade ?? 0,
      entry.answeredMs ?? elapsedMs,
      elapsedMs,
      (entry.flagged ? FLAGGED : 0) | (entry.skipped ? SKIPPED : 0),
    ]);
  }
  return {
    id: session.id,
    config: session.config,
    startedAt: session.startedAt,
    finishedAt,
    updatedAt: lastChange(session),
    questions,
  };
}

/**
 * A session shaped from its summary, for the history's statistics (scoring, per-question stats,
 * trend), which read only what a summary keeps. Prompts and labels are empty (the question index
 * has them), notes and ticked key points absent: never show it as results.
 */
export function sessionFromSummary(summary: SessionSummary): Session {
  const questionIds: string[] = [];
  const questionMeta: Record<string, QuestionMeta> = {};
  const entries: Record<string, SessionEntry> = {};
  for (const [
    id,
    deckId,
    section,
    kind,
    hash,
    limitMs,
    keyPointCount,
    grade,
    answerMs,
    elapsedMs,
    flags,
  ] of summary.questions) {
    questionIds.push(id);
    questionMeta[id] = { deckId, label: "", section, kind, prompt: "", hash, limitMs, keyPointCount };
    const entry: SessionEntry = {
      elapsedMs,
      answeredMs: answerMs,
      checkedKeyPoints: [],
      notes: "",
      flagged: (flags & FLAGGED) !== 0,
      skipped: (flags & SKIPPED) !== 0,
    };
    if (grade !== 0) entry.grade = grade;
    entries[id] = entry;
  }
  return {
    id: summary.id,
    config: summary.config,
    questionIds,
    questionMeta,
    startedAt: summary.startedAt,
    currentIndex: 0,
    finishedAt: summary.finishedAt,
    updatedAt: summary.updatedAt,
    entries,
  };
}

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isFact(value: unknown): value is QuestionFact {
  if (!Array.isArray(value) || value.length !== 11) return false;
  const [id, deckId, section, kind, hash, limitMs, keyPointCount, grade, answerMs, elapsedMs, flags] =
    value as unknown[];
  return (
    typeof id === "string" &&
    id !== "" &&
    typeof deckId === "string" &&
    typeof section === "string" &&
    (kind === "concept" || kind === "scenario") &&
    typeof hash === "string" &&
    (limitMs === null || (typeof limitMs === "number" && Number.isFinite(limitMs) && limitMs > 0)) &&
    isCount(keyPointCount) &&
    (grade === 0 || isGrade(grade)) &&
    isTime(answerMs) &&
    isTime(elapsedMs) &&
    isCount(flags) &&
    (flags as number) <= (FLAGGED | SKIPPED)
  );
}

/**
 * Checks a stored summary field by field (a summary is only an index: one that fails is rebuilt
 * from its session). `parseConfig` is the store's check of a session config.
 */
export function parseSessionSummary(
  value: unknown,
  parseConfig: (config: unknown) => SessionConfig | undefined,
): SessionSummary | undefined {
  if (!isRecord(value) || typeof value.id !== "string" || value.id === "") return undefined;
  const { startedAt, finishedAt, updatedAt, questions } = value;
  if (
    !isTime(startedAt) ||
    !isTime(finishedAt) ||
    !isTime(updatedAt) ||
    !Array.isArray(questions) ||
    questions.length === 0
  ) {
    return undefined;
  }
  const seen = new Set<string>();
  for (const fact of questions) {
    if (!isFact(fact) || seen.has(fact[0])) return undefined;
    seen.add(fact[0]);
  }
  const config = parseConfig(value.config);
  if (config === undefined) return undefined;
  return { id: value.id, config, startedAt, finishedAt, updatedAt, questions: questions as QuestionFact[] };
}

/** The entry after a session that finished at `at` asked the question (the latest asking names it). */
export function recordAsked(entry: QuestionIndexEntry | undefined, meta: QuestionMeta, at: number): QuestionIndexEntry {
  const current = entry ?? { meta: null, metaAt: null, due: null };
  if (current.metaAt !== null && current.metaAt > at) return current;
  return { ...current, meta, metaAt: at };
}

/** The index of every question, from all finished sessions and review due dates (a rebuild). */
export function buildQuestionIndex(
  sessions: readonly Session[],
  dueByQuestion: Readonly<Record<string, number>>,
): Record<string, QuestionIndexEntry> {
  const index: Record<string, QuestionIndexEntry> = Object.create(null) as Record<string, QuestionIndexEntry>;
  for (const session of sessions) {
    if (session.finishedAt === undefined) continue;
    for (const id of session.questionIds) {
      const meta = session.questionMeta[id];
      if (meta !== undefined) index[id] = recordAsked(index[id], meta, session.finishedAt);
    }
  }
  for (const [id, due] of Object.entries(dueByQuestion)) {
    index[id] = { ...(index[id] ?? { meta: null, metaAt: null }), due };
  }
  return index;
}

/** Due dates by question id, in the shape `dueQueue` reads (questions without a review state left out). */
export function dueDates(questions: Readonly<Record<string, QuestionIndexEntry>>): Record<string, { due: number }> {
  const dues: Record<string, { due: number }> = Object.create(null) as Record<string, { due: number }>;
  for (const [id, entry] of Object.entries(questions)) if (entry.due !== null) dues[id] = { due: entry.due };
  return dues;
}

/**
 * Statistics computed from summaries, with each question's prompt and label as last recorded
 * (summaries leave them out): what the history shows per question.
 */
export function withRecordedMeta(
  stats: ReadonlyMap<string, QuestionStats>,
  questions: Readonly<Record<string, QuestionIndexEntry>>,
): Map<string, QuestionStats> {
  const result = new Map<string, QuestionStats>();
  for (const [id, s] of stats) {
    const meta = Object.hasOwn(questions, id) ? questions[id]?.meta : null;
    result.set(id, meta ? { ...s, meta } : s);
  }
  return result;
}
