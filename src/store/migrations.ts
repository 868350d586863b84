import { z } from "zod/mini";
import type { SavedSessions } from "../interview/session-merge.ts";
import { SESSION_ORDERS } from "../interview/session-orders.ts";
import type { QuestionMeta, Session, SessionConfig } from "../interview/session-types.ts";
import { isRecord } from "../lib/is-record.ts";

/**
 * Version of the saved session state; bump on any change of its shape and add a branch below.
 * 1: `{ current, finished }`, one open session for the whole browser.
 * 2: `{ open, finished, clearedAt }`, every tab's open session by id (see session-merge.ts).
 * 3: `filed` added, the finished sessions confirmed in the IndexedDB history (by id, the change
 *    time of the copy filed); filed ones beyond the most recent leave the saved state. A version 2
 *    save reads as nothing filed yet: no result is dropped before it is filed again.
 */
export const SESSION_STATE_VERSION = 3;

/** What the session store saves: every open session (each run by one tab) and the finished ones. */
export type PersistedSessionState = SavedSessions;

/** The result of reading saved state: always usable, with a notice when something had to be dropped. */
export interface RestoredSessionState {
  state: PersistedSessionState;
  /** Said to the person when saved data was reset or partly dropped; null when all was well. */
  notice: string | null;
}

// zod/mini: the same checks as zod with a fraction of the bytes, since the store loads on the setup page.
const timestamp = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const kind = z.enum(["concept", "scenario"]);
const seconds = z.nullable(z.number().check(z.positive()));

const configSchema = z.object({
  deckIds: z.array(z.string()),
  sections: z.nullable(z.array(z.string())),
  kinds: z.array(kind),
  count: z.int().check(z.positive()),
  order: z.enum(SESSION_ORDERS),
  seed: z.string(),
  perQuestionSeconds: z.object({ concept: seconds, scenario: seconds }),
  totalSeconds: seconds,
  onTimeUp: z.enum(["overrun", "reveal"]),
  // Optional: absent in sessions saved before it existed, which read as "keep going" unchanged.
  onTotalTimeUp: z.optional(z.enum(["overrun", "end"])),
  mode: z.enum(["practice", "interview"]),
  onlyQuestionIds: z.optional(z.array(z.string())),
});

const metaSchema = z.object({
  deckId: z.string(),
  label: z.string(),
  section: z.string(),
  kind,
  prompt: z.string(),
  hash: z.string(),
  limitMs: z.nullable(z.number().check(z.positive())),
  keyPointCount: count,
});

const entrySchema = z.object({
  elapsedMs: timestamp,
  changedAt: z.optional(timestamp),
  activeSince: z.optional(timestamp),
  answeredMs: z.optional(timestamp),
  doneAt: z.optional(timestamp),
  revealedAt: z.optional(timestamp),
  grade: z.optional(grade),
  checkedKeyPoints: z.array(count),
  notes: z.string(),
  // Added without a version bump: optional, so every earlier save still reads as it is.
  transcript: z.optional(z.string()),
  suggestedKeyPoints: z.optional(z.array(count)),
  flagged: z.boolean(),
  skipped: z.boolean(),
});

/** A saved session, checked field by field; its questions, metadata and entries must agree. */
export const sessionSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    config: configSchema,
    questionIds: z.array(z.string()).check(z.minLength(1)),
    questionMeta: z.record(z.string(), metaSchema),
    startedAt: timestamp,
    currentIndex: count,
    pausedAt: z.optional(timestamp),
    finishedAt: z.optional(timestamp),
    entries: z.record(z.string(), entrySchema),
    updatedAt: z.optional(timestamp),
  })
  .check(
    z.refine(
      (s) =>
        s.currentIndex < s.questionIds.length &&
        s.questionIds.every((id) => Object.hasOwn(s.questionMeta, id) && Object.hasOwn(s.entries, id)),
      { message: "questions, metadata and entries disagree" },
    ),
  );

/** Parses a saved session config; undefined when it is not one. */
export function parseSessionConfig(value: unknown): SessionConfig | undefined {
  const result = configSchema.safeParse(value);
  return result.success ? (result.data as SessionConfig) : undefined;
}

/** Parses a saved copy of what a session knew of a question; undefined when it is not one. */
export function parseQuestionMeta(value: unknown): QuestionMeta | undefined {
  const result = metaSchema.safeParse(value);
  return result.success ? (result.data as QuestionMeta) : undefined;
}

/** Parses one saved session; undefined when it is not one (so one bad record never sinks the rest). */
export function parseSession(value: unknown): Session | undefined {
  const result = sessionSchema.safeParse(value);
  return result.success ? (result.data as Session) : undefined;
}

function emptyState(): PersistedSessionState {
  return { open: {}, finished: {}, clearedAt: null, filed: {} };
}

/**
 * A saved session already known in memory, unchanged since (same id, state and change times, of
 * the session and of each entry): reused as it is, so reading another tab's save does not
 * validate every result again on each of its writes. The entries' times matter: a merge of two
 * copies keeps the later `updatedAt` of the two but may take entries from the other copy.
 * Sessions without `updatedAt` (older saves) are always validated.
 */
function knownCopy(value: unknown, known: PersistedSessionState | undefined): Session | undefined {
  if (known === undefined || !isRecord(value) || typeof value.id !== "string" || typeof value.updatedAt !== "number") {
    return undefined;
  }
  const id = value.id;
  const copy = Object.hasOwn(known.finished, id)
    ? known.finished[id]
    : Object.hasOwn(known.open, id)
      ? known.open[id]
      : undefined;
  if (copy === undefined || copy.updatedAt !== value.updatedAt) return undefined;
  if ((copy.finishedAt === undefined) !== (value.finishedAt === undefined) || !isRecord(value.entries))
    return undefined;
  const entries = value.entries;
  const sameTimes = copy.questionIds.every((questionId) => {
    const entry = Object.hasOwn(entries, questionId) ? entries[questionId] : undefined;
    return isRecord(entry) && entry.changedAt === copy.entries[questionId]?.changedAt;
  });
  return sameTimes && Object.keys(entries).length === copy.questionIds.length ? copy : undefined;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * Turns whatever was saved (any version, any damage) into today's shape. It never throws: what
 * cannot be read is dropped and said in `notice`, so the app starts clean instead of a white screen.
 * `known` (the state in memory) lets sessions that did not change skip validation.
 */
export function restoreSessionState(
  saved: unknown,
  version: number,
  known?: PersistedSessionState,
): RestoredSessionState {
  if (version !== 1 && version !== 2 && version !== SESSION_STATE_VERSION) {
    // Version 0 was never released; any other number is from a newer or unknown build.
    return {
      state: emptyState(),
      notice: `Saved sessions came from an unknown version (${String(version)}) of Rehearse and were reset.`,
    };
  }
  if (!isRecord(saved)) {
    return { state: emptyState(), notice: "Saved sessions could not be read and were reset." };
  }
  const problems: string[] = [];
  const read = (value: unknown) => knownCopy(value, known) ?? parseSession(value);
  const finished: Record<string, Session> = {};
  const open: Record<string, Session> = {};
  let droppedOpen = 0;
  const keepOpen = (value: unknown) => {
    const session = read(value);
    if (session === undefined) droppedOpen += 1;
    // An open session saved finished (a build that crashed between the two writes) is a result.
    else if (session.finishedAt !== undefined) finished[session.id] ??= session;
    else open[session.id] = session;
  };
  // Version 1 kept one open session for the whole browser; versions 2 and 3 keep each tab's by id.
  if (version === 1) {
    if (saved.current !== null && saved.current !== undefined) keepOpen(saved.current);
  } else if (isRecord(saved.open)) {
    for (const value of Object.values(saved.open)) keepOpen(value);
  } else if (saved.open !== undefined) {
    problems.push("the list of open sessions was damaged and was reset");
  }
  if (droppedOpen > 0) {
    problems.push(
      version === 1
        ? "the open session was damaged and was closed"
        : `${droppedOpen} damaged open ${plural(droppedOpen, "session was", "sessions were")} closed`,
    );
  }
  let dropped = 0;
  if (isRecord(saved.finished)) {
    for (const value of Object.values(saved.finished)) {
      const session = read(value);
      if (session && session.finishedAt !== undefined) {
        finished[session.id] = session;
        delete open[session.id];
      } else dropped += 1;
    }
  } else if (saved.finished !== undefined) {
    problems.push("the list of finished sessions was damaged and was reset");
  }
  if (dropped > 0) problems.push(`${dropped} damaged ${plural(dropped, "result was", "results were")} skipped`);
  const clearedAt =
    typeof saved.clearedAt === "number" && Number.isFinite(saved.clearedAt) && saved.clearedAt >= 0
      ? saved.clearedAt
      : null;
  // Versions 1 and 2 knew nothing of the history: nothing counts as filed.
  const filed: Record<string, number> = {};
  if (version >= 3 && isRecord(saved.filed)) {
    for (const [id, time] of Object.entries(saved.filed)) {
      if (typeof time === "number" && Number.isFinite(time) && time >= 0) filed[id] = time;
    }
  }
  return {
    state: { open, finished, clearedAt, filed },
    notice: problems.length > 0 ? `Some saved data could not be read: ${problems.join("; ")}.` : null,
  };
}
