import {
  mergeReviewStates,
  parseReviewState,
  recordReview,
  reviewEventsOf,
  withoutSessions,
  type ReviewState,
} from "./review-schedule.ts";
import { z } from "zod/mini";
import type { Session } from "./session-types.ts";
import { isRecord } from "../lib/is-record.ts";
import { err, ok, type Result } from "../lib/result.ts";

/**
 * "Export all data" / "Import backup": one JSON file with every finished session and every
 * review state. Pure: the caller reads and writes the file and the database.
 *
 * Sessions are validated by a function the caller passes in (the store's `parseSession`), so
 * the file is checked by the same rules as the app's own saved data without this layer
 * importing the store.
 */

export const BACKUP_FORMAT = "rehearse-backup";
export const BACKUP_VERSION = 1;

/**
 * The backup file as written. Its records are checked one by one afterwards (`sessions` by the
 * caller's session check, `reviews` by the review state schema), so that one damaged record is
 * left out instead of sinking the file; `reviews` stays a plain object here because a question
 * id may be any string, "__proto__" included.
 */
const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().check(z.minimum(1)),
  /** When it was made, ms since the epoch. */
  exportedAt: z.number().check(z.nonnegative(), z.refine(Number.isFinite)),
  /** Finished sessions. */
  sessions: z.array(z.unknown()),
  /** Review state per question id. */
  reviews: z.custom<Record<string, unknown>>(isRecord),
});

/** The backup file, every record checked. */
export type Backup = Omit<z.infer<typeof backupFileSchema>, "version" | "sessions" | "reviews"> & {
  version: typeof BACKUP_VERSION;
  sessions: Session[];
  reviews: Record<string, ReviewState>;
};

/** History as the app holds it, and as an import leaves it. */
export interface HistoryData {
  sessions: readonly Session[];
  reviews: Readonly<Record<string, ReviewState>>;
}

/** A record map safe for any key: ids come from files, and "__proto__" must stay a plain key. */
function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The backup of everything; sessions sorted by when they finished so the file diffs well. */
export function buildBackup(
  sessions: readonly Session[],
  reviews: Readonly<Record<string, ReviewState>>,
  at: number,
): Backup {
  const finished = sessions
    .filter((s) => s.finishedAt !== undefined)
    .sort((a, b) => (a.finishedAt as number) - (b.finishedAt as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const copy = emptyRecord<ReviewState>();
  for (const id of Object.keys(reviews).sort()) copy[id] = reviews[id] as ReviewState;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: at, sessions: finished, reviews: copy };
}

/** The backup as file text. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** What reading a file gave: a backup (with what had to be left out), or why not. */
export type ParsedBackup = Result<{
  backup: Backup;
  /** Records in the file that were damaged (or sessions not finished) and are left out. */
  damaged: { sessions: number; reviews: number };
}>;

/** Why a file is refused, by the first field of the file that does not check out. */
const REFUSALS: Record<keyof z.infer<typeof backupFileSchema>, string> = {
  format: "This file is not a Rehearse backup (use a file made with “Export all data”).",
  version: "The backup is damaged: its version is missing or invalid, so nothing was imported.",
  exportedAt: "The backup is damaged: its export date is missing, so nothing was imported.",
  sessions: "The backup is damaged: its sessions or review data are missing, so nothing was imported.",
  reviews: "The backup is damaged: its sessions or review data are missing, so nothing was imported.",
};

/**
 * Reads a backup file. Never throws. The whole file is refused, with a message for the person,
 * when it is empty, not JSON, not a Rehearse backup, or from a newer version; within a good
 * file, a damaged session or review is left out and counted in `damaged` (one bad record never
 * sinks the rest, as with the app's own saved data). A session id listed twice counts once.
 */
export function parseBackup(text: string, readSession: (value: unknown) => Session | undefined): ParsedBackup {
  if (typeof text !== "string" || text.trim() === "") return err("The file is empty: it is not a Rehearse backup.");
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return err("The file is damaged: it is not valid JSON, so nothing was imported.");
  }
  if (!isRecord(data)) return err(REFUSALS.format);
  const parsed = backupFileSchema.safeParse(data);
  const failed = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]));
  for (const field of ["format", "version"] as const) if (failed.has(field)) return err(REFUSALS[field]);
  // A newer format is said as such, whatever else it holds.
  if ((data.version as number) > BACKUP_VERSION) {
    return err(
      `This backup was made by a newer version of Rehearse (format ${String(data.version)}; this one reads ${BACKUP_VERSION}). Update the app, then import it again.`,
    );
  }
  if (!parsed.success) {
    const field = (["exportedAt", "sessions", "reviews"] as const).find((key) => failed.has(key)) ?? "sessions";
    return err(REFUSALS[field]);
  }
  const { exportedAt } = parsed.data;
  const sessions: Session[] = [];
  const seen = new Set<string>();
  let damagedSessions = 0;
  for (const value of parsed.data.sessions) {
    const session = readSession(value);
    if (session === undefined || session.finishedAt === undefined) damagedSessions += 1;
    else if (!seen.has(session.id)) {
      seen.add(session.id);
      sessions.push(session);
    }
  }
  const reviews = emptyRecord<ReviewState>();
  let damagedReviews = 0;
  for (const [questionId, value] of Object.entries(parsed.data.reviews)) {
    const state = parseReviewState(value);
    if (state === undefined || questionId === "") damagedReviews += 1;
    else reviews[questionId] = state;
  }
  return ok({
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, sessions, reviews },
    damaged: { sessions: damagedSessions, reviews: damagedReviews },
  });
}

/** What importing a backup will do, for the confirmation before it happens. */
export interface ImportPlan {
  /** Sessions the history does not have yet, in file order. */
  newSessions: Session[];
  /** Ids of sessions in the file that the history already has (kept as they are). */
  duplicateSessionIds: string[];
  /** Questions that get a review state for the first time. */
  reviewsAdded: number;
  /** Questions whose review state gains grades from the file. */
  reviewsUpdated: number;
  /** True when importing changes nothing (e.g. the same file again). */
  nothingToAdd: boolean;
}

interface MergeOutcome {
  plan: ImportPlan;
  merged: { sessions: Session[]; reviews: Record<string, ReviewState> };
}

function merge(existing: HistoryData, backup: Pick<Backup, "sessions" | "reviews">): MergeOutcome {
  const known = new Set(existing.sessions.map((s) => s.id));
  const newSessions: Session[] = [];
  const duplicateSessionIds: string[] = [];
  for (const session of backup.sessions) {
    if (known.has(session.id)) duplicateSessionIds.push(session.id);
    else {
      known.add(session.id);
      newSessions.push(session);
    }
  }
  const reviews = emptyRecord<ReviewState>();
  for (const [id, state] of Object.entries(existing.reviews)) reviews[id] = state;
  const touch = (id: string, next: ReviewState | undefined) => {
    if (next !== undefined) reviews[id] = next;
  };
  // A session in both keeps the history's copy, so its grades come from the history too.
  const duplicates = new Set(duplicateSessionIds);
  for (const [id, state] of Object.entries(backup.reviews)) {
    const incoming = duplicates.size === 0 ? state : withoutSessions(state, duplicates);
    touch(id, mergeReviewStates(Object.hasOwn(reviews, id) ? reviews[id] : undefined, incoming));
  }
  // The file's review states may predate a regrade of its sessions, or be missing: the sessions'
  // own grades are filed too (once each, so this adds nothing when the states already hold them).
  for (const session of newSessions) {
    for (const { questionId, event } of reviewEventsOf(session)) {
      touch(questionId, recordReview(Object.hasOwn(reviews, questionId) ? reviews[questionId] : undefined, event));
    }
  }
  let reviewsAdded = 0;
  let reviewsUpdated = 0;
  for (const [id, state] of Object.entries(reviews)) {
    if (!Object.hasOwn(existing.reviews, id)) reviewsAdded += 1;
    else if (existing.reviews[id] !== state) reviewsUpdated += 1;
  }
  return {
    plan: {
      newSessions,
      duplicateSessionIds,
      reviewsAdded,
      reviewsUpdated,
      nothingToAdd: newSessions.length === 0 && reviewsAdded === 0 && reviewsUpdated === 0,
    },
    merged: { sessions: [...existing.sessions, ...newSessions], reviews },
  };
}

/**
 * What importing `backup` into `existing` would add. A session id already in the history is a
 * duplicate and the history's copy stays (it may have been regraded since the export).
 */
export function planImport(existing: HistoryData, backup: Pick<Backup, "sessions" | "reviews">): ImportPlan {
  return merge(existing, backup).plan;
}

/**
 * The history after importing `backup`: existing sessions, then the new ones; review states
 * hold the grades of both. Idempotent: merging the same backup again changes nothing.
 */
export function mergeBackup(
  existing: HistoryData,
  backup: Pick<Backup, "sessions" | "reviews">,
): { sessions: Session[]; reviews: Record<string, ReviewState> } {
  return merge(existing, backup).merged;
}
