import { changedSincePractised, questionStats, weakestFirst } from "../interview/history-stats.ts";
import { dueDates } from "../interview/history-summary.ts";
import { dueQueue } from "../interview/review-schedule.ts";
import type { Grade } from "../interview/session-types.ts";
import { loadSessionStore } from "./load-session-store.ts";
import { historyDb, type HistoryDb, type HistoryOverview, type HistorySnapshot, type RecordProblem } from "./history-db.ts";

/**
 * The history as screens read it: the localStorage results of the interview loop are moved in
 * first (once per page, and once ever thanks to the database's own marker), then the records are
 * read: the overview (the history page's index, see history-summary.ts) for the history page and
 * the orders, every full record only for a backup. Callers load this module with a dynamic
 * `import()`, so none of the history code (idb, ts-fsrs, the stats) is in the setup page's
 * first paint.
 */

/** The history page's data: every session from its summary, per question its prompt and due date. */
export interface LoadedHistory extends HistoryOverview {
  /** What the one-time move from localStorage could not do; `null` when it went well. */
  migrationProblem: string | null;
}

/** Every record in full (export, import). */
export interface LoadedFullHistory extends HistorySnapshot {
  migrationProblem: string | null;
}

let migration: Promise<string | null> | null = null;

function migrateOnce(db: HistoryDb): Promise<string | null> {
  migration ??= db.migrateFromLocalStorage().then((result) => {
    if (!result.ok) return result.error;
    const { problem, damaged } = result.value;
    if (problem !== null) return `Older results could not be moved into history: ${problem}.`;
    if (damaged > 0) return `${damaged} damaged older result(s) could not be moved into history.`;
    return null;
  });
  return migration;
}

/** Moves older results in (first call only), then reads the overview; never throws. */
export async function loadHistory(db: HistoryDb = historyDb()): Promise<LoadedHistory> {
  const migrationProblem = await migrateOnce(db);
  const overview = await db.readOverview();
  return { ...overview, migrationProblem };
}

/** Moves older results in (first call only), then reads every record in full; never throws. */
export async function loadFullHistory(db: HistoryDb = historyDb()): Promise<LoadedFullHistory> {
  const migrationProblem = await migrateOnce(db);
  const snapshot = await db.readHistory();
  return { ...snapshot, migrationProblem };
}

/**
 * The history page's data, after filing any finished session the session store holds and the
 * database lacks (a save cut short by closing the tab): what the results page shows is in history too.
 */
export async function loadHistoryWithStore(db: HistoryDb = historyDb()): Promise<LoadedHistory> {
  const [loaded, { useSessionStore }] = await Promise.all([loadHistory(db), loadSessionStore()]);
  if (loaded.failure !== null) return loaded;
  const known = new Set(loaded.sessions.map((s) => s.id));
  const { actions, finished } = useSessionStore.getState();
  const missing = Object.values(finished).filter((s) => !known.has(s.id));
  const filed = loaded.sessions.filter((s) => Object.hasOwn(finished, s.id));
  for (const session of missing) if ((await db.saveFinishedSession(session)).ok) filed.push(session);
  // What history holds as the store holds it (or later) may leave localStorage, beyond the most recent.
  actions.markFiled(filed);
  if (missing.length === 0) return loaded;
  return { ...(await db.readOverview()), migrationProblem: loaded.migrationProblem };
}

/**
 * The question order "due" (due by the end of today, most overdue first) or "weakest-first"
 * gives `questionIds`, from history. Reads nothing it cannot: without history, an empty list.
 */
export async function historyOrderFor(order: "due" | "weakest-first", questionIds: readonly string[], now: number): Promise<string[]> {
  const history = await loadHistory();
  if (order === "due") return dueQueue(dueDates(history.questions), questionIds, endOfLocalDay(now));
  return weakestFirst(questionIds, questionStats(history.sessions));
}

/** Ids (of `currentHashes`, the decks' question hashes today) whose content changed since last practised. */
export async function changedQuestionIds(currentHashes: ReadonlyMap<string, string>): Promise<string[]> {
  const history = await loadHistory();
  return changedSincePractised(questionStats(history.sessions), currentHashes);
}

/** How many questions of each deck are due by the end of today (question ids are `<deck>/<local>`). */
export async function dueTodayByDeck(deckIds: readonly string[], now: number, db: HistoryDb = historyDb()): Promise<Record<string, number>> {
  await migrateOnce(db);
  const counts: Record<string, number> = Object.fromEntries(deckIds.map((id) => [id, 0]));
  for (const questionId of await db.readDueBy(endOfLocalDay(now))) {
    const deckId = questionId.slice(0, questionId.indexOf("/"));
    if (Object.hasOwn(counts, deckId)) counts[deckId] = (counts[deckId] as number) + 1;
  }
  return counts;
}

/** What history says of one question: its last grade and when it is next due. */
export interface QuestionProgress {
  lastGrade: Grade | null;
  /** When it was last graded, ms; null when never. */
  lastPractisedAt: number | null;
  /** When its review is due, ms; null when it has no schedule (never graded). */
  due: number | null;
}

/** Progress of each of `questionIds` that history knows (the deck page's per-question line). */
export async function questionProgress(questionIds: readonly string[]): Promise<Record<string, QuestionProgress>> {
  const history = await loadHistory();
  const wanted = new Set(questionIds);
  const stats = questionStats(history.sessions.filter((s) => s.questionIds.some((id) => wanted.has(id))));
  const progress: Record<string, QuestionProgress> = Object.create(null) as Record<string, QuestionProgress>;
  for (const id of questionIds) {
    const s = stats.get(id);
    const due = Object.hasOwn(history.questions, id) ? (history.questions[id]?.due ?? null) : null;
    if (s === undefined && due === null) continue;
    progress[id] = { lastGrade: s?.lastGrade ?? null, lastPractisedAt: s?.lastPractisedAt ?? null, due };
  }
  return progress;
}

/** The last moment of the local day containing `now`: "due today" means due by then. */
export function endOfLocalDay(now: number): number {
  const date = new Date(now);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}

/** One sentence for the notice about records that could not be read; `null` when all were fine. */
export function describeProblems(problems: readonly RecordProblem[]): string | null {
  if (problems.length === 0) return null;
  const first = problems[0] as RecordProblem;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return `${problems.length === 1 ? "One saved record" : `${problems.length} saved records`} could not be read and ${problems.length === 1 ? "was" : "were"} skipped: ${first.key}, ${first.reason}${more}.`;
}

/**
 * Files a finished session in history (a regrade files it again); reports a failure as a warning.
 * True once the database confirmed it.
 */
export function fileInHistory(session: Parameters<HistoryDb["saveFinishedSession"]>[0], warn: (text: string) => void): Promise<boolean> {
  return historyDb()
    .saveFinishedSession(session)
    .then((result) => {
      if (!result.ok) warn(result.error);
      return result.ok;
    });
}
