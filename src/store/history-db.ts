import { createStore, type UseStore } from "idb-keyval";
import type { Backup } from "../interview/backup.ts";
import {
  mergeReviewStates,
  parseReviewState,
  recordReview,
  reviewEventsOf,
  withoutSessions,
  type ReviewState,
} from "../interview/review-schedule.ts";
import {
  buildQuestionIndex,
  parseSessionSummary,
  recordAsked,
  sessionFromSummary,
  summarizeSession,
  type QuestionIndexEntry,
  type SessionSummary,
} from "../interview/history-summary.ts";
import { mergeSession } from "../interview/session-merge.ts";
import { SESSION_STORAGE_KEY } from "./storage-keys.ts";
import type { Session } from "../interview/session-types.ts";
import { parseQuestionMeta, parseSession, parseSessionConfig, SESSION_STATE_VERSION } from "./migrations.ts";
import { isRecord } from "../lib/is-record.ts";
import { createChangeChannel, keyPrefixRange, readEntries, readThenWrite, requestValue, type WritePlan } from "./idb-plumbing.ts";

/**
 * History (finished sessions) and review states in IndexedDB, through idb-keyval.
 *
 * One record per session (`session:<id>`) and one per question's review state
 * (`review:<questionId>`), each `{ schema, kind, … }`. Every write is one IndexedDB read-write
 * transaction that reads the records it changes and writes them back merged: IndexedDB runs
 * read-write transactions on a store one at a time across tabs, so two tabs filing grades at the
 * same moment both land (review states merge their per-session logs, see review-schedule.ts).
 * After each write the other tabs hear about it on a BroadcastChannel and reload.
 *
 * Beside them, an index for the history page (history-summary.ts): a summary per session
 * (`summary:<id>`) and per question its latest prompt and due date (`question:<questionId>`),
 * written in the same transactions. The index is derived data: when it is missing or does not
 * check out (a database from before it, a record it cannot read) it is rebuilt from the records,
 * once, and the records it could not read are listed in `meta:index` so that the page still
 * reports them without reading every session.
 *
 * Reads validate every record: a bad one is skipped and reported, never fatal, and never
 * deleted (a newer version of the app may be able to read it). Nothing here throws: failures
 * come back as values the screens can show.
 */

/** Version of the record shape; bump on any change and read the old one in `readRecord`. */
export const HISTORY_SCHEMA = 1;

/**
 * Own database, not a store inside a shared one: idb-keyval creates its store only when it
 * creates the database, so each idb-keyval store needs a database of its own.
 */
export const HISTORY_DB_NAME = "rehearse-history";
export const HISTORY_STORE_NAME = "records";
export const HISTORY_CHANNEL = "rehearse-history";

/** The session store's localStorage key, where results lived before the history. */
export const LEGACY_SESSIONS_KEY = SESSION_STORAGE_KEY;

const MIGRATION_MARKER_KEY = "meta:migrated-local-storage";
/** What the last rebuild of the index could not read (the page reports these without reading them). */
const INDEX_STATE_KEY = "meta:index";

/** A stored session. */
export interface SessionRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "session";
  session: Session;
}

/** A stored review state. */
export interface ReviewRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "review";
  questionId: string;
  state: ReviewState;
}

interface MarkerRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "marker";
  at: number;
}

/** The summary of a stored session (index). */
interface SummaryRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "summary";
  summary: SessionSummary;
}

/** What the history knows of one question (index). */
interface QuestionRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "question";
  questionId: string;
  entry: QuestionIndexEntry;
}

interface IndexStateRecord {
  schema: typeof HISTORY_SCHEMA;
  kind: "index";
  problems: RecordProblem[];
}

/** A record that could not be read: skipped, kept in the database, and reported. */
export interface RecordProblem {
  key: string;
  reason: string;
}

/** Everything stored, as read. */
export interface HistorySnapshot {
  sessions: Session[];
  /** Review state per question id (a record with no prototype: any id is a plain key). */
  reviews: Record<string, ReviewState>;
  problems: RecordProblem[];
  /** Set when the database could not be opened or read at all (private mode, blocked storage). */
  failure: string | null;
}

/**
 * What the history page reads: every finished session from its summary (prompts, labels and
 * notes left out: see `sessionFromSummary`), and per question its latest prompt and due date.
 */
export interface HistoryOverview {
  sessions: Session[];
  /** Per question id (a record with no prototype). */
  questions: Record<string, QuestionIndexEntry>;
  problems: RecordProblem[];
  failure: string | null;
}

/** Why other tabs should reload. */
export interface HistoryChange {
  type: "history-changed";
  reason: "saved" | "imported" | "migrated" | "cleared";
}

export type WriteResult<T> = ({ ok: true } & T) | { ok: false; error: string };

interface MigrationOutcome {
  /** "done" = moved now; "already-done" = an earlier run (here or in another tab) did it. */
  status: "done" | "already-done";
  /** Sessions copied into the database now. */
  moved: number;
  /** Finished sessions in localStorage that were damaged and could not be moved. */
  damaged: number;
  /** Why the localStorage blob could not be read at all; `null` when it could (or there was none). */
  problem: string | null;
}

export type MigrationResult = WriteResult<MigrationOutcome>;

export type ImportResult = WriteResult<{ added: number; duplicates: number; reviewsChanged: number }>;

export interface HistoryDb {
  readHistory(): Promise<HistorySnapshot>;
  /** What the history page needs, from the index (rebuilt first when it is missing or stale). */
  readOverview(): Promise<HistoryOverview>;
  /** Files a finished session (again, after a regrade: the new copy replaces the old) and its grades. */
  saveFinishedSession(session: Session): Promise<WriteResult<{ reviewsChanged: number }>>;
  /** Merges a parsed backup: sessions already here stay as they are, review states gain grades. */
  importBackup(backup: Pick<Backup, "sessions" | "reviews">): Promise<ImportResult>;
  /** Copies the finished sessions of the session store's localStorage blob in, once ever. */
  migrateFromLocalStorage(storage?: Pick<Storage, "getItem">): Promise<MigrationResult>;
  /** Deletes every session and review state (the migration stays done, so nothing comes back). */
  clearHistory(): Promise<WriteResult<{ deleted: number }>>;
  /** Called after every write, here or in another tab; returns the unsubscribe function. */
  subscribe(listener: (change: HistoryChange) => void): () => void;
  /** Stops listening to other tabs. */
  close(): void;
}

export interface HistoryDbOptions {
  dbName?: string;
  storeName?: string;
  channelName?: string;
}

const sessionKey = (id: string) => `session:${id}`;
const reviewKey = (questionId: string) => `review:${questionId}`;
const summaryKey = (id: string) => `summary:${id}`;
const questionKey = (questionId: string) => `question:${questionId}`;
/** Every key that starts with `prefix`. */

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type ReadRecord =
  | { kind: "session"; session: Session }
  | { kind: "review"; questionId: string; state: ReviewState }
  | { kind: "marker" }
  | { kind: "summary"; summary: SessionSummary }
  | { kind: "question"; questionId: string; entry: QuestionIndexEntry }
  | { kind: "index"; problems: RecordProblem[] }
  /** An index record that does not check out: rebuilt, not reported (it is derived data). */
  | { kind: "bad-index" }
  | { kind: "bad"; reason: string; newer: boolean };

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

function readQuestionEntry(value: unknown): QuestionIndexEntry | undefined {
  if (!isRecord(value)) return undefined;
  const meta = value.meta === null ? null : parseQuestionMeta(value.meta);
  const metaAt = value.metaAt === null || isTime(value.metaAt) ? value.metaAt : undefined;
  const due = value.due === null || isTime(value.due) ? value.due : undefined;
  if (meta === undefined || metaAt === undefined || due === undefined) return undefined;
  return (meta === null) === (metaAt === null) ? { meta, metaAt, due } : undefined;
}

function readIndexProblems(value: unknown): RecordProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const problems = value.filter(
    (p): p is RecordProblem => isRecord(p) && typeof p.key === "string" && typeof p.reason === "string",
  );
  return problems.length === value.length ? problems.map(({ key, reason }) => ({ key, reason })) : undefined;
}

/** Validates one stored record against its key. */
function readRecord(key: string, value: unknown): ReadRecord {
  if (!isRecord(value)) return { kind: "bad", reason: "not a record", newer: false };
  if (typeof value.schema === "number" && value.schema > HISTORY_SCHEMA) {
    return { kind: "bad", reason: `written by a newer version of Rehearse (schema ${value.schema})`, newer: true };
  }
  if (value.schema !== HISTORY_SCHEMA) return { kind: "bad", reason: "unknown record version", newer: false };
  if (value.kind === "session") {
    const session = parseSession(value.session);
    if (session === undefined) return { kind: "bad", reason: "damaged session", newer: false };
    if (session.finishedAt === undefined) return { kind: "bad", reason: "session not finished", newer: false };
    if (key !== sessionKey(session.id)) return { kind: "bad", reason: "session id does not match its key", newer: false };
    return { kind: "session", session };
  }
  if (value.kind === "review") {
    const state = parseReviewState(value.state);
    if (typeof value.questionId !== "string" || key !== reviewKey(value.questionId)) {
      return { kind: "bad", reason: "question id does not match its key", newer: false };
    }
    if (state === undefined) return { kind: "bad", reason: "damaged review state", newer: false };
    return { kind: "review", questionId: value.questionId, state };
  }
  if (value.kind === "marker") return { kind: "marker" };
  if (value.kind === "summary") {
    const summary = parseSessionSummary(value.summary, parseSessionConfig);
    return summary !== undefined && key === summaryKey(summary.id) ? { kind: "summary", summary } : { kind: "bad-index" };
  }
  if (value.kind === "question") {
    const entry = readQuestionEntry(value.entry);
    const ok = entry !== undefined && typeof value.questionId === "string" && key === questionKey(value.questionId);
    return ok ? { kind: "question", questionId: value.questionId as string, entry } : { kind: "bad-index" };
  }
  if (value.kind === "index") {
    const problems = readIndexProblems(value.problems);
    return problems === undefined || key !== INDEX_STATE_KEY ? { kind: "bad-index" } : { kind: "index", problems };
  }
  return { kind: "bad", reason: "unknown kind of record", newer: false };
}

function sessionRecord(session: Session): SessionRecord {
  return { schema: HISTORY_SCHEMA, kind: "session", session };
}

function reviewRecord(questionId: string, state: ReviewState): ReviewRecord {
  return { schema: HISTORY_SCHEMA, kind: "review", questionId, state };
}

function summaryRecord(session: Session): SummaryRecord {
  return { schema: HISTORY_SCHEMA, kind: "summary", summary: summarizeSession(session) };
}

function questionRecord(questionId: string, entry: QuestionIndexEntry): QuestionRecord {
  return { schema: HISTORY_SCHEMA, kind: "question", questionId, entry };
}

/** A review state as currently stored under `key`: undefined when absent or unreadable, "locked" when newer. */
function storedReview(current: ReadonlyMap<string, unknown>, key: string): ReviewState | undefined | "locked" {
  const value = current.get(key);
  if (value === undefined) return undefined;
  const record = readRecord(key, value);
  if (record.kind === "review") return record.state;
  // A record from a newer version is left alone; a damaged one is replaced by what we know now.
  return record.kind === "bad" && record.newer ? "locked" : undefined;
}

/**
 * Files sessions and review states into the records in `current`: sessions are written when
 * absent (or always with `overwrite`), review states merge, and every filed session's grades
 * are recorded once. Returns the puts and what changed.
 */
function fileInto(
  current: ReadonlyMap<string, unknown>,
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
  overwrite: boolean,
): { puts: Map<string, unknown>; added: number; duplicates: number; reviewsChanged: number } {
  const puts = new Map<string, unknown>();
  const states = new Map<string, ReviewState | undefined | "locked">();
  const stateOf = (questionId: string) => {
    if (!states.has(questionId)) states.set(questionId, storedReview(current, reviewKey(questionId)));
    return states.get(questionId);
  };
  const changed = new Set<string>();
  const update = (questionId: string, next: ReviewState | undefined, before: ReviewState | undefined) => {
    if (next === undefined || next === before) return;
    states.set(questionId, next);
    changed.add(questionId);
  };
  let added = 0;
  const duplicateIds = new Set<string>();
  const filed: Session[] = [];
  for (const session of sessions) {
    const key = sessionKey(session.id);
    const existing = current.get(key);
    const readable = existing === undefined ? undefined : readRecord(key, existing);
    const newer = readable?.kind === "bad" && readable.newer;
    if (newer || (!overwrite && readable?.kind === "session")) {
      duplicateIds.add(session.id);
      continue;
    }
    if (readable === undefined || readable.kind !== "session") added += 1;
    // A session filed again (a regrade) replaces the stored copy, except where another tab
    // regraded a question later than this copy did: per question, the later change stands
    // (session-merge.ts; on equal or unknown change times the copy filed now wins).
    const merged = readable?.kind === "session" ? mergeSession(session, readable.session) : session;
    puts.set(key, sessionRecord(merged));
    filed.push(merged);
  }
  for (const [questionId, state] of Object.entries(reviews)) {
    const before = stateOf(questionId);
    if (before === "locked") continue;
    // A session already stored keeps its stored copy, and so its stored grades (as in mergeBackup).
    const incoming = duplicateIds.size === 0 ? state : withoutSessions(state, duplicateIds);
    update(questionId, mergeReviewStates(before, incoming), before);
  }
  for (const session of filed) {
    for (const { questionId, event } of reviewEventsOf(session)) {
      const before = stateOf(questionId);
      if (before === "locked") continue;
      update(questionId, recordReview(before, event), before);
    }
  }
  for (const questionId of changed) {
    const state = states.get(questionId);
    if (state !== undefined && state !== "locked") puts.set(reviewKey(questionId), reviewRecord(questionId, state));
  }
  // The index, in the same transaction: each filed session's summary, each of its questions as
  // last asked, and the new due dates.
  const index = new Map<string, QuestionIndexEntry | undefined>();
  const entryOf = (questionId: string) =>
    index.has(questionId) ? index.get(questionId) : storedQuestion(current, questionKey(questionId));
  for (const session of filed) {
    puts.set(summaryKey(session.id), summaryRecord(session));
    for (const questionId of session.questionIds) {
      const meta = session.questionMeta[questionId];
      if (meta !== undefined) index.set(questionId, recordAsked(entryOf(questionId), meta, session.finishedAt ?? 0));
    }
  }
  for (const questionId of changed) {
    const state = states.get(questionId);
    if (state === undefined || state === "locked") continue;
    index.set(questionId, { ...(entryOf(questionId) ?? { meta: null, metaAt: null }), due: state.due });
  }
  for (const [questionId, entry] of index) {
    if (entry !== undefined) puts.set(questionKey(questionId), questionRecord(questionId, entry));
  }
  return { puts, added, duplicates: duplicateIds.size, reviewsChanged: changed.size };
}

/** The index entry stored under `key`; undefined when absent or unreadable (it is then rebuilt). */
function storedQuestion(current: ReadonlyMap<string, unknown>, key: string): QuestionIndexEntry | undefined {
  const value = current.get(key);
  if (value === undefined) return undefined;
  const record = readRecord(key, value);
  return record.kind === "question" ? record.entry : undefined;
}

/**
 * Every index record for these sessions and review states, from scratch (a rebuild), with the
 * problems the page should report without reading the records again.
 */
export function indexRecordsFor(
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
  problems: readonly RecordProblem[],
): { puts: Map<string, unknown>; questions: Record<string, QuestionIndexEntry> } {
  const puts = new Map<string, unknown>();
  for (const session of sessions) puts.set(summaryKey(session.id), summaryRecord(session));
  const dues: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [questionId, state] of Object.entries(reviews)) dues[questionId] = state.due;
  const questions = buildQuestionIndex(sessions, dues);
  for (const [questionId, entry] of Object.entries(questions)) {
    puts.set(questionKey(questionId), questionRecord(questionId, entry));
  }
  const state: IndexStateRecord = { schema: HISTORY_SCHEMA, kind: "index", problems: [...problems] };
  puts.set(INDEX_STATE_KEY, state);
  return { puts, questions };
}

/** What the history database holds, as records keyed as it stores them (tests, the bench, a rebuild). */
export function historyRecordsFor(
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
): Map<string, unknown> {
  const records = new Map<string, unknown>();
  for (const session of sessions) records.set(sessionKey(session.id), sessionRecord(session));
  for (const [questionId, state] of Object.entries(reviews)) {
    records.set(reviewKey(questionId), reviewRecord(questionId, state));
  }
  for (const [key, value] of indexRecordsFor(sessions, reviews, []).puts) records.set(key, value);
  return records;
}

type OverviewRead = [
  keys: IDBValidKey[],
  summaries: unknown[],
  summaryKeys: IDBValidKey[],
  questions: unknown[],
  questionKeys: IDBValidKey[],
  state: unknown,
];

/**
 * The overview from the index as read, or null when the index is missing or stale: a session or
 * review state it does not cover (a database from before the index, a write by an older build),
 * a summary of a session that is gone, or an index record that does not check out.
 */
function overviewFrom(read: OverviewRead): HistoryOverview | null {
  const [keys, summaries, summaryKeys, questionValues, questionKeys, stateValue] = read;
  const state = stateValue === undefined ? undefined : readRecord(INDEX_STATE_KEY, stateValue);
  if (state !== undefined && state.kind !== "index") return null;
  const known = state?.problems ?? [];
  const unreadable = new Set(known.map((p) => p.key));
  const sessions: Session[] = [];
  const summarized = new Set<string>();
  for (const [i, key] of summaryKeys.entries()) {
    const record = readRecord(String(key), summaries[i]);
    if (record.kind !== "summary") return null;
    sessions.push(sessionFromSummary(record.summary));
    summarized.add(sessionKey(record.summary.id));
  }
  const questions: Record<string, QuestionIndexEntry> = Object.create(null) as Record<string, QuestionIndexEntry>;
  for (const [i, key] of questionKeys.entries()) {
    const record = readRecord(String(key), questionValues[i]);
    if (record.kind !== "question") return null;
    questions[record.questionId] = record.entry;
  }
  const present = new Set(keys.map(String));
  for (const key of summarized) if (!present.has(key)) return null;
  for (const key of present) {
    if (unreadable.has(key)) continue;
    if (key.startsWith("session:") && !summarized.has(key)) return null;
    if (key.startsWith("review:") && (questions[key.slice("review:".length)]?.due ?? null) === null) return null;
  }
  // Records the last rebuild could not read, if they are still there and still not covered.
  const problems = known.filter((p) => present.has(p.key) && !summarized.has(p.key));
  return { sessions, questions, problems, failure: null };
}

/** Keys a filing of these sessions and reviews reads. */
function keysFor(sessions: readonly Session[], reviews: Readonly<Record<string, ReviewState>>): string[] {
  const keys = new Set<string>();
  for (const session of sessions) {
    keys.add(sessionKey(session.id));
    for (const { questionId } of reviewEventsOf(session)) keys.add(reviewKey(questionId));
  }
  for (const questionId of Object.keys(reviews)) keys.add(reviewKey(questionId));
  // The index entries these sessions and reviews update.
  for (const session of sessions) for (const questionId of session.questionIds) keys.add(questionKey(questionId));
  for (const questionId of Object.keys(reviews)) keys.add(questionKey(questionId));
  return [...keys];
}

/** Finished sessions from the session store's localStorage blob; never throws. */
function legacySessions(storage: Pick<Storage, "getItem">): { sessions: Session[]; damaged: number; problem: string | null } {
  let text: string | null;
  try {
    text = storage.getItem(LEGACY_SESSIONS_KEY);
  } catch (error) {
    return { sessions: [], damaged: 0, problem: `localStorage could not be read: ${message(error)}` };
  }
  if (text === null) return { sessions: [], damaged: 0, problem: null };
  let blob: unknown;
  try {
    blob = JSON.parse(text);
  } catch {
    return { sessions: [], damaged: 0, problem: "the saved sessions in localStorage are damaged" };
  }
  // Every version of the session state so far keeps `finished` in the same shape.
  const version = isRecord(blob) ? blob.version : undefined;
  const known = typeof version === "number" && version >= 1 && version <= SESSION_STATE_VERSION;
  if (!isRecord(blob) || !known || !isRecord(blob.state)) {
    return { sessions: [], damaged: 0, problem: "the saved sessions in localStorage are from an unknown version" };
  }
  const finished = blob.state.finished;
  if (!isRecord(finished)) return { sessions: [], damaged: 0, problem: null };
  const sessions: Session[] = [];
  let damaged = 0;
  for (const value of Object.values(finished)) {
    const session = parseSession(value);
    if (session !== undefined && session.finishedAt !== undefined) sessions.push(session);
    else damaged += 1;
  }
  return { sessions, damaged, problem: null };
}

function emptyReviews(): Record<string, ReviewState> {
  return Object.create(null) as Record<string, ReviewState>;
}

function emptyIndex(): Record<string, QuestionIndexEntry> {
  return Object.create(null) as Record<string, QuestionIndexEntry>;
}

function unreadableOverview(error: unknown): HistoryOverview {
  const failure = `History could not be read in this browser: ${message(error)}`;
  return { sessions: [], questions: emptyIndex(), problems: [], failure };
}

/** A history database. The app uses the default one (`historyDb()`); tests make two to play two tabs. */
export function createHistoryDb(options: HistoryDbOptions = {}): HistoryDb {
  const dbName = options.dbName ?? HISTORY_DB_NAME;
  const storeName = options.storeName ?? HISTORY_STORE_NAME;
  const channelName = options.channelName ?? HISTORY_CHANNEL;
  let store: UseStore | undefined;
  const getStore = () => {
    // Made on first use: creating it opens nothing, but `indexedDB` may not exist at import time.
    store ??= createStore(dbName, storeName);
    return store;
  };
  const changes = createChangeChannel<HistoryChange>(channelName, (data) => data.type === "history-changed");
  const announce = (reason: HistoryChange["reason"]) =>
    changes.announce({ type: "history-changed", reason }, { local: true });

  /**
   * Builds the index again from every record, in one read-write transaction (the first read of a
   * database from before the index, or after something left it stale). Nothing the other tabs
   * show changes, so they are not told.
   */
  async function rebuildIndex(): Promise<HistoryOverview> {
    try {
      return await readThenWrite(getStore(), (objectStore) => readEntries(objectStore, "all"), (current) => {
        const sessions: Session[] = [];
        const reviews: Record<string, ReviewState> = emptyReviews();
        const problems: RecordProblem[] = [];
        const stale: string[] = [];
        for (const [key, value] of current) {
          const record = readRecord(key, value);
          if (record.kind === "session") sessions.push(record.session);
          else if (record.kind === "review") reviews[record.questionId] = record.state;
          else if (record.kind === "bad") problems.push({ key, reason: record.reason });
          else if (record.kind !== "marker") stale.push(key);
        }
        const { puts, questions } = indexRecordsFor(sessions, reviews, problems);
        const overview: HistoryOverview = {
          sessions: sessions.map((session) => sessionFromSummary(summarizeSession(session))),
          questions,
          problems,
          failure: null,
        };
        return { puts, deletes: stale.filter((key) => !puts.has(key)), result: overview };
      });
    } catch (error) {
      return unreadableOverview(error);
    }
  }

  async function write<T>(
    reason: HistoryChange["reason"],
    keys: readonly string[] | "all",
    decide: (current: ReadonlyMap<string, unknown>) => WritePlan<T> & { changed: boolean },
  ): Promise<WriteResult<T>> {
    try {
      let changed = false;
      const result = await readThenWrite(getStore(), (objectStore) => readEntries(objectStore, keys), (current) => {
        const plan = decide(current);
        changed = plan.changed;
        return plan;
      });
      if (changed) announce(reason);
      return { ok: true, ...result };
    } catch (error) {
      return { ok: false, error: `Could not save history in this browser: ${message(error)}` };
    }
  }

  return {
    async readHistory() {
      const sessions: Session[] = [];
      const reviews = emptyReviews();
      const problems: RecordProblem[] = [];
      try {
        const all = await getStore()("readonly", (objectStore) => readEntries(objectStore, "all"));
        for (const [key, value] of all) {
          const record = readRecord(key, value);
          if (record.kind === "session") sessions.push(record.session);
          else if (record.kind === "review") reviews[record.questionId] = record.state;
          else if (record.kind === "bad") problems.push({ key, reason: record.reason });
        }
        return { sessions, reviews, problems, failure: null };
      } catch (error) {
        return { sessions, reviews, problems, failure: `History could not be read in this browser: ${message(error)}` };
      }
    },

    async readOverview() {
      try {
        const read = await getStore()("readonly", (objectStore) =>
          Promise.all([
            requestValue(objectStore.getAllKeys()),
            requestValue(objectStore.getAll(keyPrefixRange("summary:"))),
            requestValue(objectStore.getAllKeys(keyPrefixRange("summary:"))),
            requestValue(objectStore.getAll(keyPrefixRange("question:"))),
            requestValue(objectStore.getAllKeys(keyPrefixRange("question:"))),
            requestValue(objectStore.get(INDEX_STATE_KEY)),
          ]),
        );
        const overview = overviewFrom(read);
        if (overview !== null) return overview;
      } catch (error) {
        return unreadableOverview(error);
      }
      return rebuildIndex();
    },

    saveFinishedSession(session) {
      const valid = parseSession(session);
      if (valid === undefined || valid.finishedAt === undefined) {
        return Promise.resolve({ ok: false, error: "Only a finished, valid session can be saved to history." });
      }
      return write("saved", keysFor([valid], {}), (current) => {
        const { puts, reviewsChanged } = fileInto(current, [valid], {}, true);
        return { puts, changed: true, result: { reviewsChanged } };
      });
    },

    importBackup(backup) {
      // Normally parsed by parseBackup already; checked again because this is the last door to the database.
      const sessions = backup.sessions.map(parseSession).filter((s): s is Session => s?.finishedAt !== undefined);
      const reviews = emptyReviews();
      for (const [questionId, value] of Object.entries(backup.reviews)) {
        const state = parseReviewState(value);
        if (state !== undefined) reviews[questionId] = state;
      }
      return write("imported", keysFor(sessions, reviews), (current) => {
        const { puts, added, duplicates, reviewsChanged } = fileInto(current, sessions, reviews, false);
        return { puts, changed: puts.size > 0, result: { added, duplicates, reviewsChanged } };
      });
    },

    async migrateFromLocalStorage(storage) {
      let source: Pick<Storage, "getItem">;
      try {
        source = storage ?? localStorage;
      } catch (error) {
        return { ok: false, error: `localStorage is not available: ${message(error)}` };
      }
      const legacy = legacySessions(source);
      // A blob that cannot be read now will not become readable later: the run still counts as done.
      const keys = [MIGRATION_MARKER_KEY, ...keysFor(legacy.sessions, {})];
      return write<MigrationOutcome>("migrated", keys, (current) => {
        if (current.get(MIGRATION_MARKER_KEY) !== undefined) {
          return { puts: new Map(), changed: false, result: { status: "already-done", moved: 0, damaged: 0, problem: null } };
        }
        const { puts, added } = fileInto(current, legacy.sessions, {}, false);
        const marker: MarkerRecord = { schema: HISTORY_SCHEMA, kind: "marker", at: Date.now() };
        puts.set(MIGRATION_MARKER_KEY, marker);
        return {
          puts,
          changed: added > 0,
          result: { status: "done", moved: added, damaged: legacy.damaged, problem: legacy.problem },
        };
      });
    },

    clearHistory() {
      return write("cleared", "all", (current) => {
        const deletes = [...current.keys()].filter((key) => key !== MIGRATION_MARKER_KEY);
        // Counted: the sessions and review states (the index goes with them).
        const deleted = deletes.filter((key) => key.startsWith("session:") || key.startsWith("review:")).length;
        return { puts: new Map(), deletes, changed: deletes.length > 0, result: { deleted } };
      });
    },

    subscribe: (listener) => changes.subscribe(listener),
    close: () => changes.close(),
  };
}

let defaultDb: HistoryDb | undefined;

/** The app's history database. */
export function historyDb(): HistoryDb {
  defaultDb ??= createHistoryDb();
  return defaultDb;
}
