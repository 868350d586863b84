import type { Session, SessionEntry } from "./session-types.ts";

/**
 * Two tabs, one saved state: how copies of sessions meet. Pure, so the rules are tested as
 * tables; the store applies them when it writes and when another tab has written.
 *
 * Every tab saves all open sessions (each run by the tab that owns it) and all finished ones.
 * When a tab's state meets another tab's:
 * - a session finished in either is finished (finished wins over open);
 * - two open copies of one session: the copy with the newer change wins whole (only the owning
 *   tab changes an open session, so its copy is the newer one);
 * - two finished copies of one session: per question, the entry changed last wins, so a regrade
 *   of one question in one tab and of another question in the other tab both stand;
 * - "Delete all results" leaves a time (`clearedAt`): finished sessions last changed by then stay
 *   deleted, whichever tab still held a copy. A session brought back afterwards (a backup's,
 *   opened from history) is changed by coming back (`restoredAfterClear`), so it stands.
 * Equal change times count as the same version (the first argument's copy is kept): a person
 * does not change one session in two tabs within the same millisecond.
 * Merging returns its first argument itself when the second adds nothing, so a caller can tell
 * "nothing new" by identity and two tabs stop writing once they agree.
 */

/** What the session store saves (its version 2 shape): every open and every finished session. */
export interface SavedSessions {
  /** Open sessions by id, each run by one tab (or by none: its tab was closed). */
  open: Record<string, Session>;
  /** Finished sessions (results) by id. */
  finished: Record<string, Session>;
  /** When the results were last deleted ("Delete all data"); `null` if never. */
  clearedAt: number | null;
}

/** The latest time a session is known to have changed (older saves lack `updatedAt`). */
export function lastChange(session: Session): number {
  return session.updatedAt ?? session.finishedAt ?? session.pausedAt ?? session.startedAt;
}

/**
 * Records when `after` (the result of an event at `at` on `before`) changed: the session's
 * `updatedAt`, and `changedAt` on every entry that is a new object. Returns `before` itself when
 * nothing changed. Times never go backwards, so an event with an older clock cannot make a copy
 * look older than one it already beat.
 */
export function stampChange(before: Session | null, after: Session, at: number): Session {
  if (before === after) return after;
  let entries = after.entries;
  for (const id of after.questionIds) {
    const entry = after.entries[id];
    if (entry === undefined || (before !== null && before.entries[id] === entry)) continue;
    if (entries === after.entries) entries = { ...after.entries };
    entries[id] = { ...entry, changedAt: Math.max(entry.changedAt ?? 0, at) };
  }
  const previous = before === null ? 0 : lastChange(before);
  return { ...after, entries, updatedAt: Math.max(previous, after.updatedAt ?? 0, at) };
}

/**
 * A finished session brought back into the results (from history, say imported from a backup)
 * after the results were deleted at `clearedAt`: coming back is a change made at `at`, later than
 * the deletion, so no tab's next save drops it again. `session` itself when the deletion never
 * covered it. Entries keep their times: only the session's change time moves.
 */
export function restoredAfterClear(session: Session, clearedAt: number | null, at: number): Session {
  if (clearedAt === null || lastChange(session) > clearedAt) return session;
  return { ...session, updatedAt: Math.max(at, clearedAt + 1) };
}

function entryTime(entry: SessionEntry | undefined): number {
  return entry?.changedAt ?? -1;
}

/** Two finished copies: the newer as the base, each entry from the copy that changed it last. */
function mergeFinished(a: Session, b: Session): Session {
  const base = lastChange(b) > lastChange(a) ? b : a;
  const other = base === a ? b : a;
  let entries: Record<string, SessionEntry> | null = null;
  for (const id of base.questionIds) {
    const mine = base.entries[id];
    const theirs = other.entries[id];
    if (theirs === undefined || theirs === mine || entryTime(theirs) <= entryTime(mine)) continue;
    entries ??= { ...base.entries };
    entries[id] = theirs;
  }
  if (entries === null) return base;
  return { ...base, entries, updatedAt: Math.max(lastChange(a), lastChange(b)) };
}

/** One session from two copies of it (same id), by the rules above; `a` itself when `b` adds nothing. */
export function mergeSession(a: Session, b: Session): Session {
  if (a === b) return a;
  const aDone = a.finishedAt !== undefined;
  const bDone = b.finishedAt !== undefined;
  if (aDone !== bDone) return aDone ? a : b;
  if (aDone) return mergeFinished(a, b);
  return lastChange(b) > lastChange(a) ? b : a;
}

function mergeMaps(
  a: Record<string, Session>,
  b: Record<string, Session>,
  keep: (session: Session) => boolean,
): Record<string, Session> {
  let result: Record<string, Session> | null = null;
  const write = (id: string, session: Session | undefined) => {
    result ??= { ...a };
    if (session === undefined) delete result[id];
    else result[id] = session;
  };
  for (const [id, mine] of Object.entries(a)) {
    if (!keep(mine)) write(id, undefined);
  }
  for (const [id, theirs] of Object.entries(b)) {
    const mine = Object.hasOwn(a, id) ? a[id] : undefined;
    const merged = mine === undefined ? theirs : mergeSession(mine, theirs);
    if (!keep(merged)) continue;
    if (merged !== mine) write(id, merged);
  }
  return result ?? a;
}

/**
 * The state that holds what both hold, by the rules above. `a` itself when `b` adds nothing
 * (the caller's "nothing new"); merging is idempotent, and the order only decides ties.
 */
export function mergeSavedSessions(a: SavedSessions, b: SavedSessions): SavedSessions {
  if (a === b) return a;
  const clearedAt =
    a.clearedAt === null ? b.clearedAt : b.clearedAt === null ? a.clearedAt : Math.max(a.clearedAt, b.clearedAt);
  const kept = (session: Session) => clearedAt === null || lastChange(session) > clearedAt;
  const finished = mergeMaps(a.finished, b.finished, kept);
  // An open copy of a session finished anywhere is gone: finished wins.
  const isOpen = (session: Session) => session.finishedAt === undefined && !Object.hasOwn(finished, session.id);
  const open = mergeMaps(a.open, b.open, isOpen);
  if (finished === a.finished && open === a.open && clearedAt === a.clearedAt) return a;
  return { open, finished, clearedAt };
}

/** Options of `pickResumable`. */
export interface ResumableOptions {
  /** The session this tab runs, if any. */
  ownId: string | null;
  /**
   * Open sessions that another tab runs. `null` while not yet known: then only this tab's own
   * session is offered, never one that may be running elsewhere.
   */
  busyElsewhere: ReadonlySet<string> | null;
}

/**
 * The session the setup page offers to resume (and that starting a new one finishes): this
 * tab's own, else the most recently changed open session that no other tab runs (its tab was
 * closed). `null` when there is none.
 */
export function pickResumable(
  open: Readonly<Record<string, Session>>,
  { ownId, busyElsewhere }: ResumableOptions,
): Session | null {
  if (ownId !== null && Object.hasOwn(open, ownId)) return open[ownId] ?? null;
  if (busyElsewhere === null) return null;
  let best: Session | null = null;
  for (const session of Object.values(open)) {
    if (session.finishedAt !== undefined || busyElsewhere.has(session.id)) continue;
    if (
      best === null ||
      lastChange(session) > lastChange(best) ||
      (lastChange(session) === lastChange(best) && session.id < best.id)
    ) {
      best = session;
    }
  }
  return best;
}
