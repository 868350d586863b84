import { z } from "zod/mini";
import type { Session } from "../interview/session-types.ts";

/** Version of the saved session state; bump on any change of its shape and add a branch below. */
export const SESSION_STATE_VERSION = 1;

/** What the session store saves: the open session and finished sessions (results). */
export interface PersistedSessionState {
  current: Session | null;
  finished: Record<string, Session>;
}

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
  order: z.enum(["shuffled", "in-order", "due", "weakest-first"]),
  seed: z.string(),
  perQuestionSeconds: z.object({ concept: seconds, scenario: seconds }),
  totalSeconds: seconds,
  onTimeUp: z.enum(["overrun", "reveal"]),
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
  activeSince: z.optional(timestamp),
  answeredMs: z.optional(timestamp),
  doneAt: z.optional(timestamp),
  revealedAt: z.optional(timestamp),
  grade: z.optional(grade),
  checkedKeyPoints: z.array(count),
  notes: z.string(),
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
  })
  .check(
    z.refine(
      (s) =>
        s.currentIndex < s.questionIds.length &&
        s.questionIds.every((id) => Object.hasOwn(s.questionMeta, id) && Object.hasOwn(s.entries, id)),
      { message: "questions, metadata and entries disagree" },
    ),
  );

/** Parses one saved session; undefined when it is not one (so one bad record never sinks the rest). */
export function parseSession(value: unknown): Session | undefined {
  const result = sessionSchema.safeParse(value);
  return result.success ? (result.data as Session) : undefined;
}

function emptyState(): PersistedSessionState {
  return { current: null, finished: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever was saved (any version, any damage) into today's shape. It never throws: what
 * cannot be read is dropped and said in `notice`, so the app starts clean instead of a white screen.
 */
export function restoreSessionState(saved: unknown, version: number): RestoredSessionState {
  if (version !== SESSION_STATE_VERSION) {
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
  let current: Session | null = null;
  if (saved.current !== null && saved.current !== undefined) {
    current = parseSession(saved.current) ?? null;
    if (!current) problems.push("the open session was damaged and was closed");
    else if (current.finishedAt !== undefined) current = null;
  }
  const finished: Record<string, Session> = {};
  let dropped = 0;
  if (isRecord(saved.finished)) {
    for (const value of Object.values(saved.finished)) {
      const session = parseSession(value);
      if (session && session.finishedAt !== undefined) finished[session.id] = session;
      else dropped += 1;
    }
  } else if (saved.finished !== undefined) {
    problems.push("the list of finished sessions was damaged and was reset");
  }
  if (dropped > 0) problems.push(`${dropped} damaged result${dropped === 1 ? " was" : "s were"} skipped`);
  return {
    state: { current, finished },
    notice: problems.length > 0 ? `Some saved data could not be read: ${problems.join("; ")}.` : null,
  };
}
