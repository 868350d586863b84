import type { DBSchema, IDBPDatabase, IDBPTransaction } from "idb";
import { z } from "zod/mini";
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
import { HISTORY_DB_NAME, SESSION_STORAGE_KEY } from "./storage-keys.ts";
import type { Session } from "../interview/session-types.ts";
import { parseQuestionMeta, parseSession, parseSessionConfig, SESSION_STATE_VERSION } from "./migrations.ts";
import { isRecord } from "../lib/is-record.ts";
import { err, ok, type Result } from "../lib/result.ts";
import { createChangeChannel } from "./change-channel.ts";
import { lazyDatabase, UpgradeBlockedError, type Upgrade } from "./idb-open.ts";

/**
 * History (finished sessions) and review states in IndexedDB, through idb.
 *
 * One object store per kind of record: `sessions` (by session id), `reviews` (by question id),
 * and the history page's index beside them (history-summary.ts): `summaries` (by session id) and
 * `questions` (by question id, its latest prompt and due date, with an index on the due date).
 * Every write is one read-write transaction over the stores it changes, so the index never
 * disagrees with the records it is derived from, and two tabs filing grades at the same moment
 * both land (IndexedDB runs them one after the other; review states merge their per-session
 * logs, see review-schedule.ts). After each write the other tabs hear about it on a
 * BroadcastChannel and reload.
 *
 * The layout is versioned by the database itself (`HISTORY_DB_VERSION`, `upgradeHistory`): the
 * first version kept everything in one key-value store with the kind in a key prefix
 * (`session:<id>`, `review:<questionId>`…); the upgrade moves each record to its store as it is
 * and builds the index. A build older than the database cannot open it, so it can never write
 * the old layout into the new one.
 *
 * Reads validate every record: a bad one is skipped and reported, never fatal, and never
 * deleted (a newer version of the app may be able to read it). Nothing here throws: failures
 * come back as values the screens can show.
 */

/** Version of the record shape (inside a store); bump on any change and read the old one in `readRecord`. */
export const HISTORY_SCHEMA = 1;

export { HISTORY_DB_NAME };
/** 1: one key-value store `records` (idb-keyval); 2: a store per kind of record. */
export const HISTORY_DB_VERSION = 2;
export const HISTORY_CHANNEL = "rehearse-history";

/**
 * The stores and their indexes (`keyPath` of the value), created by the upgrade. Keys are out of
 * line (the session or question id), so that a damaged record keeps its place and can be reported.
 */
export const HISTORY_STORES = {
  sessions: {},
  reviews: {},
  summaries: {},
  questions: { indexes: { "by-due": "entry.due" } },
  /** Markers: the one-time move from localStorage, what the last index build could not read. */
  meta: {},
  /** Records of the first layout whose key named no kind of record: kept and reported, never read. */
  unplaced: {},
} as const satisfies Record<string, { indexes?: Record<string, string> }>;

type HistoryStore = keyof typeof HISTORY_STORES;
const STORE_NAMES = Object.keys(HISTORY_STORES) as HistoryStore[];

/** idb's typing of the stores: values are `unknown` because every read checks them. */
interface HistorySchema extends DBSchema {
  sessions: { key: string; value: unknown };
  reviews: { key: string; value: unknown };
  summaries: { key: string; value: unknown };
  questions: { key: string; value: unknown; indexes: { "by-due": number } };
  meta: { key: string; value: unknown };
  unplaced: { key: string; value: unknown };
}

type HistoryTransaction = IDBPTransaction<HistorySchema, HistoryStore[], "readwrite" | "versionchange">;

/** The session store's localStorage key, where results lived before the history. */
export const LEGACY_SESSIONS_KEY = SESSION_STORAGE_KEY;

/** In `meta`: the localStorage results were moved in (once ever). */
const MIGRATION_MARKER_KEY = "migrated-local-storage";
/** In `meta`: what the last build of the index could not read (the page reports these without reading them). */
const INDEX_STATE_KEY = "index";

// ---------------------------------------------------------------------------------------------
// Record shapes

const time = z.number().check(z.nonnegative(), z.refine(Number.isFinite));

/** A record that could not be read: skipped, kept in the database, and reported. */
const recordProblemSchema = z.object({ key: z.string(), reason: z.string() });
export type RecordProblem = z.infer<typeof recordProblemSchema>;

const questionEntrySchema = z
  .object({
    meta: z.nullable(z.unknown().check(z.refine((meta) => parseQuestionMeta(meta) !== undefined))),
    metaAt: z.nullable(time),
    due: z.nullable(time),
  })
  .check(z.refine((entry) => (entry.meta === null) === (entry.metaAt === null)));

const envelope = <K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) =>
  z.object({ schema: z.literal(HISTORY_SCHEMA), kind: z.literal(kind), ...shape });

/** What each store holds, `schema` and `kind` first (the kind repeats the store: a record read elsewhere still says what it is). */
const recordSchemas = {
  session: envelope("session", { session: z.unknown() }),
  review: envelope("review", { questionId: z.string(), state: z.unknown() }),
  summary: envelope("summary", { summary: z.unknown() }),
  question: envelope("question", { questionId: z.string(), entry: questionEntrySchema }),
  marker: envelope("marker", { at: time }),
  index: envelope("index", { problems: z.array(recordProblemSchema) }),
};

/** A stored session. */
export type SessionRecord = Omit<z.infer<typeof recordSchemas.session>, "session"> & { session: Session };
/** A stored review state. */
export type ReviewRecord = Omit<z.infer<typeof recordSchemas.review>, "state"> & { state: ReviewState };
type SummaryRecord = Omit<z.infer<typeof recordSchemas.summary>, "summary"> & { summary: SessionSummary };
type QuestionRecord = Omit<z.infer<typeof recordSchemas.question>, "entry"> & { entry: QuestionIndexEntry };
type MarkerRecord = z.infer<typeof recordSchemas.marker>;
type IndexStateRecord = z.infer<typeof recordSchemas.index>;

/** Why a stored record could not be read; `newer`: a newer version of the app wrote it (left alone). */
interface Unreadable {
  reason: string;
  newer: boolean;
}

type Read<T> = Result<T, Unreadable>;

const bad = (reason: string): Read<never> => err({ reason, newer: false });

/** Checks a value's envelope (`schema`, `kind`) and its shape; says why not in the words the problem list shows. */
function readEnvelope<K extends keyof typeof recordSchemas>(
  kind: K,
  value: unknown,
  damaged: string,
): Read<z.infer<(typeof recordSchemas)[K]>> {
  if (!isRecord(value)) return bad("not a record");
  if (typeof value.schema === "number" && value.schema > HISTORY_SCHEMA) {
    return err({ reason: `written by a newer version of Rehearse (schema ${value.schema})`, newer: true });
  }
  if (value.schema !== HISTORY_SCHEMA) return bad("unknown record version");
  if (value.kind !== kind) return bad("unknown kind of record");
  const parsed = recordSchemas[kind].safeParse(value);
  return parsed.success ? ok(parsed.data as z.infer<(typeof recordSchemas)[K]>) : bad(damaged);
}

function readSessionRecord(id: string, value: unknown): Read<Session> {
  const record = readEnvelope("session", value, "damaged session");
  if (!record.ok) return record;
  const session = parseSession(record.value.session);
  if (session === undefined) return bad("damaged session");
  if (session.finishedAt === undefined) return bad("session not finished");
  if (session.id !== id) return bad("session id does not match its key");
  return ok(session);
}

function readReviewRecord(questionId: string, value: unknown): Read<ReviewState> {
  const record = readEnvelope("review", value, "question id does not match its key");
  if (!record.ok) return record;
  if (record.value.questionId !== questionId) return bad("question id does not match its key");
  const state = parseReviewState(record.value.state);
  return state === undefined ? bad("damaged review state") : ok(state);
}

/** Index records are derived data: one that does not check out is rebuilt, not reported. */
function readSummaryRecord(id: string, value: unknown): SessionSummary | undefined {
  const record = readEnvelope("summary", value, "damaged summary");
  const summary = record.ok ? parseSessionSummary(record.value.summary, parseSessionConfig) : undefined;
  return summary?.id === id ? summary : undefined;
}

function readQuestionRecord(questionId: string, value: unknown): QuestionIndexEntry | undefined {
  const record = readEnvelope("question", value, "damaged index entry");
  return record.ok && record.value.questionId === questionId ? (record.value.entry as QuestionIndexEntry) : undefined;
}

/** Why a record of the first layout that named no kind could not be read. */
function unplacedReason(value: unknown): string {
  if (!isRecord(value)) return "not a record";
  if (typeof value.schema === "number" && value.schema > HISTORY_SCHEMA) {
    return `written by a newer version of Rehearse (schema ${value.schema})`;
  }
  return value.schema === HISTORY_SCHEMA ? "unknown kind of record" : "unknown record version";
}

/** How problems name a record: its kind and key, as the first layout keyed it (and as people have seen it reported). */
const sessionLabel = (id: string) => `session:${id}`;
const reviewLabel = (questionId: string) => `review:${questionId}`;

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

// ---------------------------------------------------------------------------------------------
// What a write decides

/** Puts and deletes of one transaction, per store (a later put of the same key replaces an earlier one). */
interface Changes {
  puts: Partial<Record<HistoryStore, Map<string, unknown>>>;
  deletes: Partial<Record<HistoryStore, string[]>>;
}

const noChanges = (): Changes => ({ puts: {}, deletes: {} });

function put(changes: Changes, store: HistoryStore, key: string, value: unknown): void {
  (changes.puts[store] ??= new Map()).set(key, value);
}

const putCount = (changes: Changes) => Object.values(changes.puts).reduce((n, map) => n + map.size, 0);

/** The records a filing reads, by store and key. */
interface Current {
  sessions: ReadonlyMap<string, unknown>;
  reviews: ReadonlyMap<string, unknown>;
  questions: ReadonlyMap<string, unknown>;
}

/** A review state as currently stored: undefined when absent or unreadable, "locked" when newer. */
function storedReview(current: Current, questionId: string): ReviewState | undefined | "locked" {
  const value = current.reviews.get(questionId);
  if (value === undefined) return undefined;
  const record = readReviewRecord(questionId, value);
  if (record.ok) return record.value;
  // A record from a newer version is left alone; a damaged one is replaced by what we know now.
  return record.error.newer ? "locked" : undefined;
}

/**
 * Files sessions and review states into the records in `current`: sessions are written when
 * absent (or always with `overwrite`), review states merge, and every filed session's grades
 * are recorded once. Returns the changes and what changed.
 */
function fileInto(
  current: Current,
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
  overwrite: boolean,
): { changes: Changes; added: number; duplicates: number; reviewsChanged: number } {
  const changes = noChanges();
  const states = new Map<string, ReviewState | undefined | "locked">();
  const stateOf = (questionId: string) => {
    if (!states.has(questionId)) states.set(questionId, storedReview(current, questionId));
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
    const existing = current.sessions.get(session.id);
    const readable = existing === undefined ? undefined : readSessionRecord(session.id, existing);
    const newer = readable?.ok === false && readable.error.newer;
    if (newer || (!overwrite && readable?.ok === true)) {
      duplicateIds.add(session.id);
      continue;
    }
    if (readable?.ok !== true) added += 1;
    // A session filed again (a regrade) replaces the stored copy, except where another tab
    // regraded a question later than this copy did: per question, the later change stands
    // (session-merge.ts; on equal or unknown change times the copy filed now wins).
    const merged = readable?.ok === true ? mergeSession(session, readable.value) : session;
    put(changes, "sessions", session.id, sessionRecord(merged));
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
    if (state !== undefined && state !== "locked") put(changes, "reviews", questionId, reviewRecord(questionId, state));
  }
  // The index, in the same transaction: each filed session's summary, each of its questions as
  // last asked, and the new due dates.
  const index = new Map<string, QuestionIndexEntry | undefined>();
  const entryOf = (questionId: string) => {
    if (index.has(questionId)) return index.get(questionId);
    const value = current.questions.get(questionId);
    return value === undefined ? undefined : readQuestionRecord(questionId, value);
  };
  for (const session of filed) {
    put(changes, "summaries", session.id, summaryRecord(session));
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
    if (entry !== undefined) put(changes, "questions", questionId, questionRecord(questionId, entry));
  }
  return { changes, added, duplicates: duplicateIds.size, reviewsChanged: changed.size };
}

/**
 * Every index record for these sessions and review states, from scratch (a rebuild), with the
 * problems the page should report without reading the records again.
 */
function indexFor(
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
  problems: readonly RecordProblem[],
): { changes: Changes; questions: Record<string, QuestionIndexEntry> } {
  const changes = noChanges();
  for (const session of sessions) put(changes, "summaries", session.id, summaryRecord(session));
  const dues: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [questionId, state] of Object.entries(reviews)) dues[questionId] = state.due;
  const questions = buildQuestionIndex(sessions, dues);
  for (const [questionId, entry] of Object.entries(questions)) {
    put(changes, "questions", questionId, questionRecord(questionId, entry));
  }
  const state: IndexStateRecord = { schema: HISTORY_SCHEMA, kind: "index", problems: [...problems] };
  put(changes, "meta", INDEX_STATE_KEY, state);
  return { changes, questions };
}

/** One record as the history database stores it. */
export interface StoredRecord {
  store: HistoryStore;
  key: string;
  value: unknown;
}

/** What the history database holds after filing these, store by store (the bench seeds it with this). */
export function historyRecordsFor(
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
): StoredRecord[] {
  const changes = indexFor(sessions, reviews, []).changes;
  for (const session of sessions) put(changes, "sessions", session.id, sessionRecord(session));
  for (const [questionId, state] of Object.entries(reviews)) put(changes, "reviews", questionId, reviewRecord(questionId, state));
  return STORE_NAMES.flatMap((store) => [...(changes.puts[store] ?? [])].map(([key, value]) => ({ store, key, value })));
}

// ---------------------------------------------------------------------------------------------
// Reading

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

function emptyReviews(): Record<string, ReviewState> {
  return Object.create(null) as Record<string, ReviewState>;
}

function emptyIndex(): Record<string, QuestionIndexEntry> {
  return Object.create(null) as Record<string, QuestionIndexEntry>;
}

const entries = (keys: readonly string[], values: readonly unknown[]) => keys.map((key, i) => [key, values[i]] as const);

/** Every session and review state, validated; what could not be read, reported. */
async function readRecords(tx: IDBPTransaction<HistorySchema, HistoryStore[], IDBTransactionMode>): Promise<Omit<HistorySnapshot, "failure">> {
  const [sessionKeys, sessionValues, reviewKeys, reviewValues, unplacedKeys, unplacedValues] = await Promise.all([
    tx.objectStore("sessions").getAllKeys(),
    tx.objectStore("sessions").getAll(),
    tx.objectStore("reviews").getAllKeys(),
    tx.objectStore("reviews").getAll(),
    tx.objectStore("unplaced").getAllKeys(),
    tx.objectStore("unplaced").getAll(),
  ]);
  const sessions: Session[] = [];
  const reviews = emptyReviews();
  const problems: RecordProblem[] = [];
  for (const [id, value] of entries(sessionKeys, sessionValues)) {
    const record = readSessionRecord(id, value);
    if (record.ok) sessions.push(record.value);
    else problems.push({ key: sessionLabel(id), reason: record.error.reason });
  }
  for (const [questionId, value] of entries(reviewKeys, reviewValues)) {
    const record = readReviewRecord(questionId, value);
    if (record.ok) reviews[questionId] = record.value;
    else problems.push({ key: reviewLabel(questionId), reason: record.error.reason });
  }
  for (const [key, value] of entries(unplacedKeys, unplacedValues)) problems.push({ key, reason: unplacedReason(value) });
  return { sessions, reviews, problems };
}

/**
 * The overview from the index as read, or null when it does not check out: a summary or entry
 * that fails its check, a session or review state it does not cover, a summary of a session that
 * is gone. Writes keep the index whole; this only catches damage (a record edited by hand, a
 * disk that lost a write), which a rebuild repairs.
 */
async function readIndex(tx: IDBPTransaction<HistorySchema, HistoryStore[], "readonly">): Promise<HistoryOverview | null> {
  const [sessionKeys, summaryKeys, summaryValues, questionKeys, questionValues, reviewKeys, unplacedKeys, stateValue] = await Promise.all([
    tx.objectStore("sessions").getAllKeys(),
    tx.objectStore("summaries").getAllKeys(),
    tx.objectStore("summaries").getAll(),
    tx.objectStore("questions").getAllKeys(),
    tx.objectStore("questions").getAll(),
    tx.objectStore("reviews").getAllKeys(),
    tx.objectStore("unplaced").getAllKeys(),
    tx.objectStore("meta").get(INDEX_STATE_KEY),
  ]);
  const state = stateValue === undefined ? undefined : readEnvelope("index", stateValue, "damaged index state");
  if (state?.ok === false) return null;
  const known = state?.value.problems ?? [];
  const unreadable = new Set(known.map((p) => p.key));
  const sessions: Session[] = [];
  for (const [id, value] of entries(summaryKeys, summaryValues)) {
    const summary = readSummaryRecord(id, value);
    if (summary === undefined) return null;
    sessions.push(sessionFromSummary(summary));
  }
  const questions = emptyIndex();
  for (const [questionId, value] of entries(questionKeys, questionValues)) {
    const entry = readQuestionRecord(questionId, value);
    if (entry === undefined) return null;
    questions[questionId] = entry;
  }
  const stored = new Set(sessionKeys);
  const summarized = new Set(summaryKeys);
  if (summaryKeys.some((id) => !stored.has(id))) return null;
  if (sessionKeys.some((id) => !summarized.has(id) && !unreadable.has(sessionLabel(id)))) return null;
  if (reviewKeys.some((id) => (questions[id]?.due ?? null) === null && !unreadable.has(reviewLabel(id)))) return null;
  // Records the last rebuild could not read, if they are still there and still not covered.
  const present = new Set([...sessionKeys.map(sessionLabel), ...reviewKeys.map(reviewLabel), ...unplacedKeys]);
  const summarizedLabels = new Set(summaryKeys.map(sessionLabel));
  const problems = known.filter((p) => present.has(p.key) && !summarizedLabels.has(p.key));
  return { sessions, questions, problems, failure: null };
}

/**
 * Builds the index again from every record, inside `tx` (the upgrade from the first layout, or a
 * read that found it damaged). Returns the overview it builds.
 */
async function rebuildIndex(tx: HistoryTransaction): Promise<HistoryOverview> {
  const { sessions, reviews, problems } = await readRecords(tx);
  const { changes, questions } = indexFor(sessions, reviews, problems);
  await Promise.all([tx.objectStore("summaries").clear(), tx.objectStore("questions").clear()]);
  await applyChanges(tx, changes);
  return { sessions: sessions.map((session) => sessionFromSummary(summarizeSession(session))), questions, problems, failure: null };
}

function applyChanges(tx: HistoryTransaction, changes: Changes): Promise<unknown> {
  const requests: Promise<unknown>[] = [];
  for (const store of STORE_NAMES) {
    for (const [key, value] of changes.puts[store] ?? []) requests.push(tx.objectStore(store).put(value, key));
    for (const key of changes.deletes[store] ?? []) requests.push(tx.objectStore(store).delete(key));
  }
  return Promise.all(requests);
}

/** The values stored under `keys` in `store` (absent ones left out). */
async function readMany(tx: HistoryTransaction, store: "sessions" | "reviews" | "questions", keys: Iterable<string>) {
  const wanted = [...new Set(keys)];
  const values = await Promise.all(wanted.map((key) => tx.objectStore(store).get(key)));
  return new Map(entries(wanted, values).filter(([, value]) => value !== undefined));
}

/** What filing these sessions and reviews reads. */
async function readCurrent(tx: HistoryTransaction, sessions: readonly Session[], reviews: Readonly<Record<string, ReviewState>>): Promise<Current> {
  const reviewIds = [...sessions.flatMap((session) => reviewEventsOf(session).map((e) => e.questionId)), ...Object.keys(reviews)];
  const questionIds = [...sessions.flatMap((session) => session.questionIds), ...Object.keys(reviews)];
  const [sessionMap, reviewMap, questionMap] = await Promise.all([
    readMany(tx, "sessions", sessions.map((s) => s.id)),
    readMany(tx, "reviews", reviewIds),
    readMany(tx, "questions", questionIds),
  ]);
  return { sessions: sessionMap, reviews: reviewMap, questions: questionMap };
}

// ---------------------------------------------------------------------------------------------
// The upgrade

/** Where a record of the first layout goes, by its key's prefix. */
const FIRST_LAYOUT: Record<string, HistoryStore | "drop"> = {
  "session:": "sessions",
  "review:": "reviews",
  // The index is rebuilt from the records below.
  "summary:": "drop",
  "question:": "drop",
  "meta:index": "drop",
};

/**
 * Creates the stores, and moves a database of the first layout (one idb-keyval store `records`,
 * kinds in key prefixes) into them: each record as it was, so that one that cannot be read is
 * still kept and reported; then builds the index.
 */
export const upgradeHistory: Upgrade<HistorySchema> = async (db, oldVersion, transaction) => {
  if (oldVersion < 2) {
    for (const store of STORE_NAMES) {
      const { indexes } = HISTORY_STORES[store] as { indexes?: Record<string, string> };
      const created = db.createObjectStore(store) as unknown as IDBObjectStore;
      for (const [name, keyPath] of Object.entries(indexes ?? {})) created.createIndex(name, keyPath);
    }
  }
  const names: DOMStringList = db.objectStoreNames;
  if (oldVersion !== 1 || !names.contains("records")) return;
  // The first layout's store, which the typed schema (of today's layout) does not name.
  const records = (transaction as unknown as IDBPTransaction<unknown, string[], "versionchange">).objectStore("records");
  const [keys, values] = await Promise.all([records.getAllKeys(), records.getAll()]);
  const moves: Promise<unknown>[] = [];
  for (const [rawKey, value] of entries(keys.map(String), values)) {
    if (rawKey === `meta:${MIGRATION_MARKER_KEY}`) {
      moves.push(transaction.objectStore("meta").put(value, MIGRATION_MARKER_KEY));
      continue;
    }
    const prefix = Object.keys(FIRST_LAYOUT).find((p) => rawKey.startsWith(p));
    const target = prefix === undefined ? "unplaced" : FIRST_LAYOUT[prefix];
    if (target === "drop" || target === undefined) continue;
    moves.push(transaction.objectStore(target).put(value, prefix === undefined ? rawKey : rawKey.slice(prefix.length)));
  }
  await Promise.all(moves);
  db.deleteObjectStore("records" as HistoryStore);
  await rebuildIndex(transaction);
};

// ---------------------------------------------------------------------------------------------
// The database

/** Why other tabs should reload. */
export interface HistoryChange {
  type: "history-changed";
  reason: "saved" | "imported" | "migrated" | "cleared";
}

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

export type MigrationResult = Result<MigrationOutcome>;

export type ImportResult = Result<{ added: number; duplicates: number; reviewsChanged: number }>;

export interface HistoryDb {
  readHistory(): Promise<HistorySnapshot>;
  /** What the history page needs, from the index (rebuilt first when it does not check out). */
  readOverview(): Promise<HistoryOverview>;
  /** Ids of the questions due by `until` (from the index on due dates); empty when history cannot be read. */
  readDueBy(until: number): Promise<string[]>;
  /** Files a finished session (again, after a regrade: the new copy replaces the old) and its grades. */
  saveFinishedSession(session: Session): Promise<Result<{ reviewsChanged: number }>>;
  /** Merges a parsed backup: sessions already here stay as they are, review states gain grades. */
  importBackup(backup: Pick<Backup, "sessions" | "reviews">): Promise<ImportResult>;
  /** Copies the finished sessions of the session store's localStorage blob in, once ever. */
  migrateFromLocalStorage(storage?: Pick<Storage, "getItem">): Promise<MigrationResult>;
  /** Deletes every session and review state (the migration stays done, so nothing comes back). */
  clearHistory(): Promise<Result<{ deleted: number }>>;
  /** Called after every write, here or in another tab; returns the unsubscribe function. */
  subscribe(listener: (change: HistoryChange) => void): () => void;
  /** Stops listening to other tabs and closes the database. */
  close(): void;
}

export interface HistoryDbOptions {
  dbName?: string;
  channelName?: string;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

function unreadable(error: unknown): string {
  if (error instanceof UpgradeBlockedError) return `History could not be opened: ${error.message}`;
  if (isRecord(error) && error.name === "VersionError") {
    return "History was saved by a newer version of Rehearse: reload the page to get it.";
  }
  return `History could not be read in this browser: ${message(error)}`;
}

function unreadableOverview(error: unknown): HistoryOverview {
  return { sessions: [], questions: emptyIndex(), problems: [], failure: unreadable(error) };
}

/** A history database. The app uses the default one (`historyDb()`); tests make two to play two tabs. */
export function createHistoryDb(options: HistoryDbOptions = {}): HistoryDb {
  const database = lazyDatabase<HistorySchema>(options.dbName ?? HISTORY_DB_NAME, HISTORY_DB_VERSION, upgradeHistory);
  const changes = createChangeChannel<HistoryChange>(options.channelName ?? HISTORY_CHANNEL, (data) => data.type === "history-changed");
  const announce = (reason: HistoryChange["reason"]) =>
    changes.announce({ type: "history-changed", reason }, { local: true });

  /**
   * Runs `run` in one transaction over every store and waits for it to commit. `run` awaits only
   * requests of `tx` (anything else would let the transaction commit half-way); if it throws,
   * the transaction is aborted, nothing is written, and the error passed on.
   */
  async function inTransaction<M extends "readonly" | "readwrite", T>(
    mode: M,
    run: (tx: IDBPTransaction<HistorySchema, HistoryStore[], M>) => Promise<T>,
  ): Promise<T> {
    const db: IDBPDatabase<HistorySchema> = await database.open();
    const tx = db.transaction(STORE_NAMES, mode);
    tx.done.catch(() => undefined); // awaited below; this keeps an abort from going unhandled
    try {
      const result = await run(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      throw error;
    }
  }

  async function write<T>(
    reason: HistoryChange["reason"],
    run: (tx: HistoryTransaction) => Promise<T & { changed: boolean }>,
  ): Promise<Result<T>> {
    try {
      const { changed, ...result } = await inTransaction("readwrite", run);
      if (changed) announce(reason);
      return ok(result as T);
    } catch (error) {
      const opening = error instanceof UpgradeBlockedError || (isRecord(error) && error.name === "VersionError");
      const text = opening ? unreadable(error) : `Could not save history in this browser: ${message(error)}`;
      return err(text);
    }
  }

  /** Files `sessions` and `reviews` in one transaction. */
  const file = (sessions: readonly Session[], reviews: Readonly<Record<string, ReviewState>>, overwrite: boolean) =>
    async (tx: HistoryTransaction) => {
      const filing = fileInto(await readCurrent(tx, sessions, reviews), sessions, reviews, overwrite);
      await applyChanges(tx, filing.changes);
      return filing;
    };

  return {
    async readHistory() {
      try {
        return { ...(await inTransaction("readonly", readRecords)), failure: null };
      } catch (error) {
        return { sessions: [], reviews: emptyReviews(), problems: [], failure: unreadable(error) };
      }
    },

    async readOverview() {
      try {
        const overview = await inTransaction("readonly", readIndex);
        return overview ?? (await inTransaction("readwrite", rebuildIndex));
      } catch (error) {
        return unreadableOverview(error);
      }
    },

    async readDueBy(until) {
      try {
        return await inTransaction("readonly", (tx) =>
          // Entries with no due date (never graded) have no key in the index, so they are never listed.
          tx.objectStore("questions").index("by-due").getAllKeys(IDBKeyRange.upperBound(until)),
        );
      } catch {
        return [];
      }
    },

    saveFinishedSession(session) {
      const valid = parseSession(session);
      if (valid === undefined || valid.finishedAt === undefined) {
        return Promise.resolve(err("Only a finished, valid session can be saved to history."));
      }
      return write("saved", async (tx) => {
        const { reviewsChanged } = await file([valid], {}, true)(tx);
        return { changed: true, reviewsChanged };
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
      return write("imported", async (tx) => {
        const { changes, added, duplicates, reviewsChanged } = await file(sessions, reviews, false)(tx);
        return { changed: putCount(changes) > 0, added, duplicates, reviewsChanged };
      });
    },

    async migrateFromLocalStorage(storage) {
      let source: Pick<Storage, "getItem">;
      try {
        source = storage ?? localStorage;
      } catch (error) {
        return err(`localStorage is not available: ${message(error)}`);
      }
      const legacy = legacySessions(source);
      // A blob that cannot be read now will not become readable later: the run still counts as done.
      return write<MigrationOutcome>("migrated", async (tx) => {
        if ((await tx.objectStore("meta").get(MIGRATION_MARKER_KEY)) !== undefined) {
          return { changed: false, status: "already-done", moved: 0, damaged: 0, problem: null };
        }
        const { added } = await file(legacy.sessions, {}, false)(tx);
        const marker: MarkerRecord = { schema: HISTORY_SCHEMA, kind: "marker", at: Date.now() };
        await tx.objectStore("meta").put(marker, MIGRATION_MARKER_KEY);
        return { changed: added > 0, status: "done", moved: added, damaged: legacy.damaged, problem: legacy.problem };
      });
    },

    clearHistory() {
      return write("cleared", async (tx) => {
        // Counted: the sessions and review states (the index goes with them).
        const [sessions, reviews] = await Promise.all([tx.objectStore("sessions").count(), tx.objectStore("reviews").count()]);
        const stores = ["sessions", "reviews", "summaries", "questions", "unplaced"] as const;
        await Promise.all([...stores.map((store) => tx.objectStore(store).clear()), tx.objectStore("meta").delete(INDEX_STATE_KEY)]);
        const deleted = sessions + reviews;
        return { changed: deleted > 0, deleted };
      });
    },

    subscribe: (listener) => changes.subscribe(listener),
    close: () => {
      changes.close();
      database.close();
    },
  };
}

let defaultDb: HistoryDb | undefined;

/** The app's history database. */
export function historyDb(): HistoryDb {
  defaultDb ??= createHistoryDb();
  return defaultDb;
}
