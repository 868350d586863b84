import type { DBSchema, IDBPDatabase, IDBPTransaction } from "idb";
import { z } from "zod/mini";
import { withDeckId } from "../deck/deck-edits.ts";
import type { Deck, DeckSummary } from "../deck/deck-types.ts";
import type { DeckDialect } from "../deck/front-matter.ts";
import { slugify, SLUG_MAX_LENGTH } from "../deck/slug.ts";
import { summarizeDeck } from "../deck/summarize-deck.ts";
import { isRecord } from "../lib/is-record.ts";
import { err, ok, type Result } from "../lib/result.ts";
import { createChangeChannel } from "./change-channel.ts";
import { SAVED_DECKS_DB_NAME } from "./storage-keys.ts";
import { lazyDatabase, UpgradeBlockedError, type Upgrade } from "./idb-open.ts";

/**
 * Decks a person imported, in IndexedDB through idb (the same pattern as history-db.ts).
 *
 * Two object stores, both by deck id: `summaries` (counts and metadata, what lists show) and
 * `decks` (every question body). Listing reads only the summaries, so a library of 5 MB decks
 * opens without loading one question. Both records of a deck are written in one transaction.
 * The first layout (one idb-keyval store, `summary:<id>` and `deck:<id>` keys) is moved into
 * them by the database's upgrade to version 2, each record as it was.
 *
 * Reads validate every record: a bad one is skipped and reported, never fatal, and never deleted
 * (a newer version of the app may be able to read it). Nothing here throws: failures come back as
 * values with a message a person understands. After each write the other tabs hear about it on a
 * BroadcastChannel and reload their list.
 */

/** Version of the record shape; bump on any change and read the old one in `readSummaryRecord`. */
export const SAVED_DECKS_SCHEMA = 1;

export { SAVED_DECKS_DB_NAME };
/** 1: one key-value store `records` (idb-keyval); 2: `summaries` and `decks`. */
export const SAVED_DECKS_DB_VERSION = 2;
export const SAVED_DECKS_CHANNEL = "rehearse-decks";

/** The stores, by deck id (keys out of line, so that a damaged record keeps its place and is reported). */
interface SavedDecksSchema extends DBSchema {
  summaries: { key: string; value: unknown };
  decks: { key: string; value: unknown };
  /** Records of the first layout whose key named neither: kept, never read. */
  unplaced: { key: string; value: unknown };
}

type DecksStore = "summaries" | "decks" | "unplaced";
const STORE_NAMES: DecksStore[] = ["summaries", "decks", "unplaced"];

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
  /** One deck with its questions; `undefined` when no deck is saved under `id`. */
  readDeck(id: string): Promise<Result<Deck | undefined>>;
  /** Saves a compiled deck; returns it as saved (its id may have moved to `<id>-2`…). */
  saveDeck(deck: Deck, options: SaveDeckOptions): Promise<Result<{ deck: Deck; meta: SavedDeckMeta; replaced: boolean }>>;
  renameDeck(id: string, title: string, now: number): Promise<Result<void>>;
  deleteDeck(id: string): Promise<Result<void>>;
  /** Called when another tab changed the saved decks; returns the unsubscribe function. */
  subscribe(listener: (change: SavedDecksChange) => void): () => void;
  /** Stops listening to other tabs. */
  close(): void;
}

export interface SavedDecksDbOptions {
  dbName?: string;
  channelName?: string;
}

/** How problems name a record: its kind and id, as the first layout keyed it (and as people have seen it reported). */
const summaryKey = (id: string) => `summary:${id}`;

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

/** What the app knows about a saved deck besides its questions. */
const metaSchema = z.object({
  id: nonEmpty,
  /** Name of the file it was imported from (or "pasted text"). */
  fileName: z.string(),
  /** The dialect the compiler read it in. */
  dialect: z.enum(DIALECTS),
  /** First saved (kept when a new version of the same deck replaces it). */
  importedAt: timestamp,
  /** Last saved, replaced or renamed. */
  updatedAt: timestamp,
});

/** What the app knows about a saved deck besides its questions. */
export type SavedDeckMeta = z.infer<typeof metaSchema>;

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

/** Why a stored record could not be read; `newer`: a newer version of the app wrote it (left alone). */
type Checked<T> = Result<T, { reason: string; newer: boolean }>;

const damaged = (reason: string): Checked<never> => err({ reason, newer: false });

/** The common envelope of both kinds of record. */
function checkEnvelope(value: unknown, kind: "summary" | "deck"): Checked<Record<string, unknown>> {
  if (!isRecord(value)) return damaged("not a record");
  if (typeof value.schema === "number" && value.schema > SAVED_DECKS_SCHEMA) {
    return err({ reason: `written by a newer version of Rehearse (schema ${value.schema})`, newer: true });
  }
  if (value.schema !== SAVED_DECKS_SCHEMA) return damaged("unknown record version");
  if (value.kind !== kind) return damaged("unknown kind of record");
  return ok(value);
}

function readSummaryRecord(id: string, value: unknown): Checked<SavedDeckEntry> {
  const envelope = checkEnvelope(value, "summary");
  if (!envelope.ok) return envelope;
  const summary = summarySchema.safeParse(envelope.value.summary);
  const meta = metaSchema.safeParse(envelope.value.meta);
  if (!summary.success) return damaged("damaged summary");
  if (!meta.success) return damaged("damaged details");
  if (id !== summary.data.id || meta.data.id !== summary.data.id) {
    return damaged("deck id does not match its key");
  }
  return ok({ summary: summary.data as DeckSummary, meta: meta.data });
}

function readDeckRecord(id: string, value: unknown): Checked<Deck> {
  const envelope = checkEnvelope(value, "deck");
  if (!envelope.ok) return envelope;
  const deck = parseDeck(envelope.value.deck);
  if (deck === undefined) return damaged("damaged questions");
  if (id !== deck.id) return damaged("deck id does not match its key");
  return ok(deck);
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
  if (error instanceof UpgradeBlockedError) return `${action}: ${error.message}`;
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

type DecksTransaction = IDBPTransaction<SavedDecksSchema, DecksStore[], "readwrite">;

/**
 * Creates the stores, and moves a database of the first layout (one idb-keyval store `records`,
 * `summary:<id>` and `deck:<id>` keys) into them, each record as it was: one that cannot be read
 * is still kept and reported.
 */
export const upgradeSavedDecks: Upgrade<SavedDecksSchema> = async (db, oldVersion, transaction) => {
  if (oldVersion < 2) for (const store of STORE_NAMES) db.createObjectStore(store);
  const names: DOMStringList = db.objectStoreNames;
  if (oldVersion !== 1 || !names.contains("records")) return;
  // The first layout's store, which the typed schema (of today's layout) does not name.
  const records = (transaction as unknown as IDBPTransaction<unknown, string[], "versionchange">).objectStore("records");
  const [keys, values] = await Promise.all([records.getAllKeys(), records.getAll()]);
  await Promise.all(
    keys.map(String).map((key, i) => {
      const [store, id]: [DecksStore, string] = key.startsWith("summary:")
        ? ["summaries", key.slice("summary:".length)]
        : key.startsWith("deck:")
          ? ["decks", key.slice("deck:".length)]
          : ["unplaced", key];
      return transaction.objectStore(store).put(values[i], id);
    }),
  );
  db.deleteObjectStore("records" as DecksStore);
};

/** A saved-decks database. The app uses the default one (`savedDecksDb()`); tests make two to play two tabs. */
export function createSavedDecksDb(options: SavedDecksDbOptions = {}): SavedDecksDb {
  const database = lazyDatabase<SavedDecksSchema>(options.dbName ?? SAVED_DECKS_DB_NAME, SAVED_DECKS_DB_VERSION, upgradeSavedDecks);
  /** The database, opened on first use: `indexedDB` may not exist (old browser, some private modes). */
  const open = (): Promise<IDBPDatabase<SavedDecksSchema>> => {
    if (typeof indexedDB === "undefined") return Promise.reject(new Refusal(UNAVAILABLE));
    return database.open();
  };
  const changes = createChangeChannel<SavedDecksChange>(
    options.channelName ?? SAVED_DECKS_CHANNEL,
    (data) => data.type === "decks-changed" && typeof data.deckId === "string",
  );
  const announce = (reason: SavedDecksChange["reason"], deckId: string) => changes.announce({ type: "decks-changed", reason, deckId });

  /**
   * Runs `run` in one read-write transaction over both stores, then tells the other tabs. `run`
   * awaits only requests of `tx` (anything else would let it commit half-way); if it throws, the
   * transaction is aborted and nothing is written.
   */
  async function write<T extends { deckId: string }>(
    action: string,
    reason: SavedDecksChange["reason"],
    run: (tx: DecksTransaction) => Promise<T>,
  ): Promise<Result<T>> {
    try {
      const tx = (await open()).transaction(["summaries", "decks"], "readwrite");
      tx.done.catch(() => undefined); // awaited below; this keeps an abort from going unhandled
      let result: T;
      try {
        result = await run(tx as DecksTransaction);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished
        }
        throw error;
      }
      await tx.done;
      announce(reason, result.deckId);
      return ok(result);
    } catch (error) {
      if (error instanceof Refusal) return err(error.message);
      return err(writeFailure(action, error));
    }
  }

  /** The summary and deck records of `id`, as stored (undefined when absent). */
  const readPair = async (tx: DecksTransaction, id: string) => {
    const [summary, deck] = await Promise.all([tx.objectStore("summaries").get(id), tx.objectStore("decks").get(id)]);
    return { summary, deck };
  };

  return {
    async readSummaries() {
      const entries: SavedDeckEntry[] = [];
      const problems: SavedDeckProblem[] = [];
      try {
        const db = await open();
        const [ids, values, deckIds] = await Promise.all([
          db.getAllKeys("summaries"),
          db.getAll("summaries"),
          db.getAllKeys("decks"),
        ]);
        const stored = new Set(deckIds);
        ids.forEach((deckId, i) => {
          const key = summaryKey(deckId);
          const record = readSummaryRecord(deckId, values[i]);
          if (!record.ok) problems.push({ key, deckId, reason: record.error.reason });
          else if (!stored.has(deckId)) problems.push({ key, deckId, reason: "its questions are missing" });
          else entries.push(record.value);
        });
        return { entries: entries.sort(byTitle), problems, failure: null };
      } catch (error) {
        const failure =
          error instanceof Refusal
            ? error.message
            : error instanceof UpgradeBlockedError
              ? `Saved decks could not be opened: ${error.message}`
              : `${UNAVAILABLE} (${errorText(error) || errorName(error)})`;
        return { entries, problems, failure };
      }
    },

    async readDeck(id) {
      try {
        const value = await (await open()).get("decks", id);
        if (value === undefined) return ok(undefined);
        const record = readDeckRecord(id, value);
        if (!record.ok) {
          const next = record.error.newer
            ? "Reload the page to get the newest Rehearse, which can read it."
            : "Delete it from Decks and import its file again.";
          return err(`The saved deck “${id}” could not be read (${record.error.reason}). ${next}`);
        }
        return ok(record.value);
      } catch (error) {
        if (error instanceof Refusal) return err(error.message);
        return err(`The saved deck “${id}” could not be read (${errorText(error) || errorName(error) || "unknown error"}). ${TRY_AGAIN}`);
      }
    },

    saveDeck(deck, { fileName, dialect, replace, reserved, now }) {
      // Normally compiled a moment ago; checked again because this is the last door to the database.
      const valid = parseDeck(deck);
      if (valid === undefined) {
        const empty = isRecord(deck) && Array.isArray(deck.questions) && deck.questions.length === 0;
        const reason = empty ? "it has no questions" : "it is not a complete deck";
        return Promise.resolve(err(`This deck cannot be saved: ${reason}.`));
      }
      const base = slugify(valid.id) || "deck";
      return write("The deck could not be saved", "saved", async (tx) => {
        const summaries = tx.objectStore("summaries");
        const [savedIds, existing] = await Promise.all([summaries.getAllKeys(), summaries.get(base)]);
        const saved = new Set(savedIds);
        const replaced = replace && saved.has(base) && !reserved.has(base);
        const id = replaced ? base : freeId(base, (candidate) => reserved.has(candidate) || saved.has(candidate));
        const final = withDeckId(valid, id);
        if (final.id !== id) throw new Refusal("This deck cannot be saved: no free id could be made for it.");
        const previous = replaced ? readSummaryRecord(base, existing) : undefined;
        const importedAt = previous?.ok ? previous.value.meta.importedAt : now;
        const meta: SavedDeckMeta = { id, fileName, dialect, importedAt, updatedAt: now };
        await Promise.all([summaries.put(summaryRecord(summarizeDeck(final), meta), id), tx.objectStore("decks").put(deckRecord(final), id)]);
        return { deckId: id, deck: final, meta, replaced };
      }).then((result) => (result.ok ? ok({ deck: result.value.deck, meta: result.value.meta, replaced: result.value.replaced }) : result));
    },

    renameDeck(id, title, now) {
      const trimmed = title.trim();
      if (trimmed === "") return Promise.resolve(err("A deck needs a title: type one to rename it."));
      return write("The deck could not be renamed", "renamed", async (tx) => {
        const { summary, deck } = await readPair(tx, id);
        if (summary === undefined && deck === undefined) {
          throw new Refusal(`There is no saved deck “${id}” any more (it may have been deleted in another tab).`);
        }
        const summaryRead = readSummaryRecord(id, summary);
        const deckRead = readDeckRecord(id, deck);
        if (!summaryRead.ok || !deckRead.ok) {
          const reason = !summaryRead.ok ? summaryRead.error.reason : deckRead.ok ? "" : deckRead.error.reason;
          throw new Refusal(`The saved deck “${id}” is damaged (${reason}) and cannot be renamed; you can delete it and import it again.`);
        }
        const renamed: Deck = { ...deckRead.value, title: trimmed };
        const meta: SavedDeckMeta = { ...summaryRead.value.meta, updatedAt: now };
        await Promise.all([
          tx.objectStore("summaries").put(summaryRecord({ ...summaryRead.value.summary, title: trimmed }, meta), id),
          tx.objectStore("decks").put(deckRecord(renamed), id),
        ]);
        return { deckId: id };
      }).then((result) => (result.ok ? ok(undefined) : result));
    },

    deleteDeck(id) {
      return write("The deck could not be deleted", "deleted", async (tx) => {
        const { summary, deck } = await readPair(tx, id);
        if (summary === undefined && deck === undefined) {
          throw new Refusal(`There is no saved deck “${id}” any more (it may have been deleted in another tab).`);
        }
        await Promise.all([tx.objectStore("summaries").delete(id), tx.objectStore("decks").delete(id)]);
        return { deckId: id };
      }).then((result) => (result.ok ? ok(undefined) : result));
    },

    subscribe: (listener) => changes.subscribe(listener),
    close: () => {
      changes.close();
      database.close();
    },
  };
}

let defaultDb: SavedDecksDb | undefined;

/** The app's saved-decks database. */
export function savedDecksDb(): SavedDecksDb {
  defaultDb ??= createSavedDecksDb();
  return defaultDb;
}
