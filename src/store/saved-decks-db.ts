import { createStore, type UseStore } from "idb-keyval";
import { z } from "zod/mini";
import { withDeckId } from "../deck/deck-edits.ts";
import type { Deck, DeckSummary } from "../deck/deck-types.ts";
import type { DeckDialect } from "../deck/front-matter.ts";
import { slugify, SLUG_MAX_LENGTH } from "../deck/slug.ts";
import { summarizeDeck } from "../deck/summarize-deck.ts";
import { isRecord } from "../lib/is-record.ts";
import { createChangeChannel, keyPrefixRange, readThenWrite, requestValue, type WritePlan } from "./idb-plumbing.ts";

/**
 * Decks a person imported, in IndexedDB through idb-keyval (the same pattern as history-db.ts).
 *
 * Two records per deck: `summary:<id>` (counts and metadata, what lists show) and `deck:<id>`
 * (every question body). Listing reads only the summaries, so a library of 5 MB decks opens
 * without loading one question. Both records of a deck are written in one transaction.
 *
 * Reads validate every record: a bad one is skipped and reported, never fatal, and never deleted
 * (a newer version of the app may be able to read it). Nothing here throws: failures come back as
 * values with a message a person understands. After each write the other tabs hear about it on a
 * BroadcastChannel and reload their list.
 */

/** Version of the record shape; bump on any change and read the old one in `readSummaryRecord`. */
export const SAVED_DECKS_SCHEMA = 1;

/** Own database: idb-keyval creates its store only when it creates the database. */
export const SAVED_DECKS_DB_NAME = "rehearse-decks";
export const SAVED_DECKS_STORE_NAME = "records";
export const SAVED_DECKS_CHANNEL = "rehearse-decks";

/** What the app knows about a saved deck besides its questions. */
export interface SavedDeckMeta {
  id: string;
  /** Name of the file it was imported from (or "pasted text"). */
  fileName: string;
  /** The dialect the compiler read it in. */
  dialect: DeckDialect;
  /** First saved (kept when a new version of the same deck replaces it). */
  importedAt: number;
  /** Last saved, replaced or renamed. */
  updatedAt: number;
}

/** A saved deck as lists show it: no question bodies. */
export interface SavedDeckEntry {
  summary: DeckSummary;
  meta: SavedDeckMeta;
}

/** The stored `summary:<id>` record. */
export interface SummaryRecord {
  schema: typeof SAVED_DECKS_SCHEMA;
  kind: "summary";
  summary: DeckSummary;
  meta: SavedDeckMeta;
}

/** The stored `deck:<id>` record. */
export interface DeckRecord {
  schema: typeof SAVED_DECKS_SCHEMA;
  kind: "deck";
  deck: Deck;
}

/** A record that could not be read: skipped, kept in the database, and reported. */
export interface SavedDeckProblem {
  key: string;
  /** The deck id the key names. */
  deckId: string;
  reason: string;
}

/** The list of saved decks, as read. */
export interface SavedDecksSnapshot {
  /** Sorted by title, then id. */
  entries: SavedDeckEntry[];
  problems: SavedDeckProblem[];
  /** Set when the database could not be opened or read at all (private mode, blocked storage). */
  failure: string | null;
}

export type DbResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };

export interface SaveDeckOptions {
  fileName: string;
  dialect: DeckDialect;
  /** Overwrite a saved deck with the same id (keeping its importedAt); otherwise a taken id gets `-2`, `-3`… */
  replace: boolean;
  /** Ids a saved deck may never take (the bundled decks'). */
  reserved: ReadonlySet<string>;
  now: number;
}

/** Why other tabs should reload. */
export interface SavedDecksChange {
  type: "decks-changed";
  reason: "saved" | "renamed" | "deleted";
  deckId: string;
}

export interface SavedDecksDb {
  /** Every readable summary whose questions are stored too. */
  readSummaries(): Promise<SavedDecksSnapshot>;
  /** One deck with its questions; `deck: undefined` when no deck is saved under `id`. */
  readDeck(id: string): Promise<DbResult<{ deck: Deck | undefined }>>;
  /** Saves a compiled deck; returns it as saved (its id may have moved to `<id>-2`…). */
  saveDeck(deck: Deck, options: SaveDeckOptions): Promise<DbResult<{ deck: Deck; meta: SavedDeckMeta; replaced: boolean }>>;
  renameDeck(id: string, title: string, now: number): Promise<DbResult>;
  deleteDeck(id: string): Promise<DbResult>;
  /** Called when another tab changed the saved decks; returns the unsubscribe function. */
  subscribe(listener: (change: SavedDecksChange) => void): () => void;
  /** Stops listening to other tabs. */
  close(): void;
}

export interface SavedDecksDbOptions {
  dbName?: string;
  storeName?: string;
  channelName?: string;
}

export const summaryKey = (id: string) => `summary:${id}`;
export const deckKey = (id: string) => `deck:${id}`;

// ---------------------------------------------------------------------------------------------
// Validation (zod/mini: the checks of zod in a fraction of the bytes)

/**
 * The dialects a record may name. A local list rather than DECK_DIALECTS: importing that constant
 * would pull the YAML parser into this chunk. The check below fails the build if the two drift.
 */
const DIALECTS = ["canonical", "heading", "list-heading", "details", "reveal", "bold-marker"] as const satisfies readonly DeckDialect[];
type Missing = Exclude<DeckDialect, (typeof DIALECTS)[number]>;
const dialectsComplete: [Missing] extends [never] ? true : Missing = true;
void dialectsComplete;

const nonEmpty = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());
const timestamp = z.number().check(z.nonnegative());
const kind = z.enum(["concept", "scenario"]);

const sectionSummarySchema = z.object({ title: z.string(), count, concept: count, scenario: count });

const summarySchema = z.object({
  id: nonEmpty,
  title: z.string(),
  description: z.optional(z.string()),
  questionCount: count,
  sections: z.array(sectionSummarySchema),
  kinds: z.object({ concept: count, scenario: count }),
});

const metaSchema = z.object({
  id: nonEmpty,
  fileName: z.string(),
  dialect: z.enum(DIALECTS),
  importedAt: timestamp,
  updatedAt: timestamp,
});

const questionSchema = z.object({
  id: nonEmpty,
  deckId: nonEmpty,
  label: z.string(),
  kind,
  section: z.string(),
  prompt: z.string(),
  promptDetail: z.optional(z.string()),
  answer: z.string(),
  keyPoints: z.array(z.string()),
  hash: z.string(),
  line: count,
});

const deckSchema = z
  .object({
    id: nonEmpty,
    title: z.string(),
    description: z.optional(z.string()),
    tags: z.array(z.string()),
    sourcePath: z.string(),
    sections: z.array(z.string()),
    questions: z.array(questionSchema).check(z.minLength(1)),
    lastUpdated: z.optional(z.string()),
  })
  .check(
    z.refine((deck) => deck.questions.every((q) => q.deckId === deck.id && q.id.startsWith(`${deck.id}/`)), {
      message: "questions belong to another deck",
    }),
    z.refine((deck) => new Set(deck.questions.map((q) => q.id)).size === deck.questions.length, {
      message: "two questions share an id",
    }),
  );

/** A compiled deck checked field by field; undefined when it is not one. */
export function parseDeck(value: unknown): Deck | undefined {
  const result = deckSchema.safeParse(value);
  return result.success ? (result.data as Deck) : undefined;
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; newer: boolean };

/** The common envelope of both kinds of record. */
function checkEnvelope(value: unknown, kind: "summary" | "deck"): Checked<Record<string, unknown>> {
  if (!isRecord(value)) return { ok: false, reason: "not a record", newer: false };
  if (typeof value.schema === "number" && value.schema > SAVED_DECKS_SCHEMA) {
    return { ok: false, reason: `written by a newer version of Rehearse (schema ${value.schema})`, newer: true };
  }
  if (value.schema !== SAVED_DECKS_SCHEMA) return { ok: false, reason: "unknown record version", newer: false };
  if (value.kind !== kind) return { ok: false, reason: "unknown kind of record", newer: false };
  return { ok: true, value };
}

function readSummaryRecord(key: string, value: unknown): Checked<SavedDeckEntry> {
  const envelope = checkEnvelope(value, "summary");
  if (!envelope.ok) return envelope;
  const summary = summarySchema.safeParse(envelope.value.summary);
  const meta = metaSchema.safeParse(envelope.value.meta);
  if (!summary.success) return { ok: false, reason: "damaged summary", newer: false };
  if (!meta.success) return { ok: false, reason: "damaged details", newer: false };
  if (key !== summaryKey(summary.data.id) || meta.data.id !== summary.data.id) {
    return { ok: false, reason: "deck id does not match its key", newer: false };
  }
  return { ok: true, value: { summary: summary.data as DeckSummary, meta: meta.data } };
}

function readDeckRecord(key: string, value: unknown): Checked<Deck> {
  const envelope = checkEnvelope(value, "deck");
  if (!envelope.ok) return envelope;
  const deck = parseDeck(envelope.value.deck);
  if (deck === undefined) return { ok: false, reason: "damaged questions", newer: false };
  if (key !== deckKey(deck.id)) return { ok: false, reason: "deck id does not match its key", newer: false };
  return { ok: true, value: deck };
}

function summaryRecord(summary: DeckSummary, meta: SavedDeckMeta): SummaryRecord {
  return { schema: SAVED_DECKS_SCHEMA, kind: "summary", summary, meta };
}

function deckRecord(deck: Deck): DeckRecord {
  return { schema: SAVED_DECKS_SCHEMA, kind: "deck", deck };
}

// ---------------------------------------------------------------------------------------------
// Failures in words

function errorName(error: unknown): string {
  if (isRecord(error) || error instanceof Error) {
    const name = (error as { name?: unknown }).name;
    if (typeof name === "string") return name;
  }
  return "";
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const UNAVAILABLE =
  "Saved decks are not available: this browser does not let Rehearse keep data here (private browsing or blocked site data can do this). The bundled decks still work.";

const TRY_AGAIN = "Try again; if it keeps failing, reload the page.";

/** What went wrong with a write, said so a person knows what to do. */
function writeFailure(action: string, error: unknown): string {
  const name = errorName(error);
  if (name === "QuotaExceededError") {
    return `${action}: this browser's storage for Rehearse is full. Delete decks you no longer need (or free up space on this device) and try again.`;
  }
  if (name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError") return `${action}. ${UNAVAILABLE}`;
  return `${action}: the browser's storage refused it (${errorText(error) || name || "unknown error"}). ${TRY_AGAIN}`;
}

/** A write that decided not to happen, with the reason to show. */
class Refusal extends Error {}

/** `<base>-<n>`, shortened so that it stays a valid deck id (slugs are at most 64 code points). */
function suffixedId(base: string, n: number): string {
  const suffix = `-${n}`;
  const head = Array.from(base)
    .slice(0, SLUG_MAX_LENGTH - suffix.length)
    .join("")
    .replace(/-+$/, "");
  return `${head}${suffix}`;
}

/** The id a new deck gets: `base` when free, else the first free `base-2`, `base-3`… */
function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = suffixedId(base, n);
    if (!taken(candidate)) return candidate;
  }
}

function byTitle(a: SavedDeckEntry, b: SavedDeckEntry): number {
  return a.summary.title.localeCompare(b.summary.title) || a.summary.id.localeCompare(b.summary.id);
}

// ---------------------------------------------------------------------------------------------

/** A saved-decks database. The app uses the default one (`savedDecksDb()`); tests make two to play two tabs. */
export function createSavedDecksDb(options: SavedDecksDbOptions = {}): SavedDecksDb {
  const dbName = options.dbName ?? SAVED_DECKS_DB_NAME;
  const storeName = options.storeName ?? SAVED_DECKS_STORE_NAME;
  const channelName = options.channelName ?? SAVED_DECKS_CHANNEL;
  let store: UseStore | undefined;
  /** The store, made on first use: `indexedDB` may not exist (old browser, some private modes). */
  const getStore = (): UseStore => {
    if (typeof indexedDB === "undefined") throw new Refusal(UNAVAILABLE);
    store ??= createStore(dbName, storeName);
    return store;
  };
  const changes = createChangeChannel<SavedDecksChange>(
    channelName,
    (data) => data.type === "decks-changed" && typeof data.deckId === "string",
  );
  const announce = (reason: SavedDecksChange["reason"], deckId: string) => changes.announce({ type: "decks-changed", reason, deckId });

  async function write<R, T>(
    action: string,
    reason: SavedDecksChange["reason"],
    read: (objectStore: IDBObjectStore) => Promise<R>,
    decide: (current: R) => WritePlan<T & { deckId: string }>,
  ): Promise<DbResult<T>> {
    try {
      const result = await readThenWrite(getStore(), read, decide);
      announce(reason, result.deckId);
      return { ok: true, ...result };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, message: error.message };
      return { ok: false, message: writeFailure(action, error) };
    }
  }

  /** The summary and deck records of `id`, as stored (undefined when absent). */
  const readPair = (objectStore: IDBObjectStore, id: string) =>
    Promise.all([requestValue(objectStore.get(summaryKey(id))), requestValue(objectStore.get(deckKey(id)))]).then(
      ([summary, deck]: unknown[]) => ({ summary, deck }),
    );

  return {
    async readSummaries() {
      const entries: SavedDeckEntry[] = [];
      const problems: SavedDeckProblem[] = [];
      try {
        const [keys, values, deckKeys] = await getStore()("readonly", (objectStore) =>
          Promise.all([
            requestValue(objectStore.getAllKeys(keyPrefixRange("summary:"))),
            requestValue(objectStore.getAll(keyPrefixRange("summary:"))),
            requestValue(objectStore.getAllKeys(keyPrefixRange("deck:"))),
          ]),
        );
        const stored = new Set(deckKeys.map(String));
        keys.forEach((rawKey, i) => {
          const key = String(rawKey);
          const deckId = key.slice("summary:".length);
          const record = readSummaryRecord(key, values[i]);
          if (!record.ok) problems.push({ key, deckId, reason: record.reason });
          else if (!stored.has(deckKey(deckId))) problems.push({ key, deckId, reason: "its questions are missing" });
          else entries.push(record.value);
        });
        return { entries: entries.sort(byTitle), problems, failure: null };
      } catch (error) {
        const failure = error instanceof Refusal ? error.message : `${UNAVAILABLE} (${errorText(error) || errorName(error)})`;
        return { entries, problems, failure };
      }
    },

    async readDeck(id) {
      try {
        const value = await getStore()("readonly", (objectStore) => requestValue(objectStore.get(deckKey(id))));
        if (value === undefined) return { ok: true, deck: undefined };
        const record = readDeckRecord(deckKey(id), value);
        if (!record.ok) {
          const next = record.newer
            ? "Reload the page to get the newest Rehearse, which can read it."
            : "Delete it from Decks and import its file again.";
          return { ok: false, message: `The saved deck “${id}” could not be read (${record.reason}). ${next}` };
        }
        return { ok: true, deck: record.value };
      } catch (error) {
        if (error instanceof Refusal) return { ok: false, message: error.message };
        return {
          ok: false,
          message: `The saved deck “${id}” could not be read (${errorText(error) || errorName(error) || "unknown error"}). ${TRY_AGAIN}`,
        };
      }
    },

    saveDeck(deck, { fileName, dialect, replace, reserved, now }) {
      // Normally compiled a moment ago; checked again because this is the last door to the database.
      const valid = parseDeck(deck);
      if (valid === undefined) {
        const empty = isRecord(deck) && Array.isArray(deck.questions) && deck.questions.length === 0;
        const reason = empty ? "it has no questions" : "it is not a complete deck";
        return Promise.resolve({ ok: false, message: `This deck cannot be saved: ${reason}.` });
      }
      const base = slugify(valid.id) || "deck";
      return write(
        "The deck could not be saved",
        "saved",
        (objectStore) =>
          Promise.all([
            requestValue(objectStore.getAllKeys(keyPrefixRange("summary:"))),
            requestValue(objectStore.get(summaryKey(base))),
          ]).then(([keys, existing]) => ({ saved: new Set(keys.map((k) => String(k).slice("summary:".length))), existing })),
        ({ saved, existing }) => {
          const replaced = replace && saved.has(base) && !reserved.has(base);
          const id = replaced ? base : freeId(base, (candidate) => reserved.has(candidate) || saved.has(candidate));
          const final = withDeckId(valid, id);
          if (final.id !== id) throw new Refusal("This deck cannot be saved: no free id could be made for it.");
          const previous = replaced ? readSummaryRecord(summaryKey(base), existing) : undefined;
          const importedAt = previous?.ok ? previous.value.meta.importedAt : now;
          const meta: SavedDeckMeta = { id, fileName, dialect, importedAt, updatedAt: now };
          const puts = new Map<string, unknown>([
            [summaryKey(id), summaryRecord(summarizeDeck(final), meta)],
            [deckKey(id), deckRecord(final)],
          ]);
          return { puts, result: { deckId: id, deck: final, meta, replaced } };
        },
      ).then((result) => (result.ok ? { ok: true, deck: result.deck, meta: result.meta, replaced: result.replaced } : result));
    },

    renameDeck(id, title, now) {
      const trimmed = title.trim();
      if (trimmed === "") return Promise.resolve({ ok: false, message: "A deck needs a title: type one to rename it." });
      return write(
        "The deck could not be renamed",
        "renamed",
        (objectStore) => readPair(objectStore, id),
        ({ summary, deck }) => {
          if (summary === undefined && deck === undefined) {
            throw new Refusal(`There is no saved deck “${id}” any more (it may have been deleted in another tab).`);
          }
          const summaryRead = readSummaryRecord(summaryKey(id), summary);
          const deckRead = readDeckRecord(deckKey(id), deck);
          if (!summaryRead.ok || !deckRead.ok) {
            const reason = !summaryRead.ok ? summaryRead.reason : deckRead.ok ? "" : deckRead.reason;
            throw new Refusal(`The saved deck “${id}” is damaged (${reason}) and cannot be renamed; you can delete it and import it again.`);
          }
          const renamed: Deck = { ...deckRead.value, title: trimmed };
          const meta: SavedDeckMeta = { ...summaryRead.value.meta, updatedAt: now };
          const puts = new Map<string, unknown>([
            [summaryKey(id), summaryRecord({ ...summaryRead.value.summary, title: trimmed }, meta)],
            [deckKey(id), deckRecord(renamed)],
          ]);
          return { puts, result: { deckId: id } };
        },
      ).then((result) => (result.ok ? { ok: true } : result));
    },

    deleteDeck(id) {
      return write(
        "The deck could not be deleted",
        "deleted",
        (objectStore) => readPair(objectStore, id),
        ({ summary, deck }) => {
          if (summary === undefined && deck === undefined) {
            throw new Refusal(`There is no saved deck “${id}” any more (it may have been deleted in another tab).`);
          }
          return { puts: new Map(), deletes: [summaryKey(id), deckKey(id)], result: { deckId: id } };
        },
      ).then((result) => (result.ok ? { ok: true } : result));
    },

    subscribe: (listener) => changes.subscribe(listener),
    close: () => changes.close(),
  };
}

let defaultDb: SavedDecksDb | undefined;

/** The app's saved-decks database. */
export function savedDecksDb(): SavedDecksDb {
  defaultDb ??= createSavedDecksDb();
  return defaultDb;
}
