import type { Session, SessionEntry } from "./session-types.ts";

/**
 * Two tabs, one saved state: how copies of sessions meet. Pure, so the rules are tested as
 * tables; the store applies them when it writes and when another tab has written.
 *
 * Every tab saves all open sessions (each run by the tab that owns it) and the finished ones (all
 * but those already filed in history beyond the most recent, see below).
 * When a tab's state meets another tab's:
 * - a session finished in either is finished (finished wins over open);
 * - two open copies of one session: the copy with the newer change wins whole (only the owning
 *   tab changes an open session, so its copy is the newer one);
 * - two finished copies of one session: per question, the entry changed last wins, so a regrade
 *   of one question in one tab and of another question in the other tab both stand;
 * - "Delete all results" leaves a time (`clearedAt`): finished sessions last changed by then stay
 *   deleted, whichever tab still held a copy. A session brought back afterwards (a backup's,
 *   opened from history) is changed by coming back (`restoredAfterClear`), so it stands.
 * - a finished session confirmed filed in the IndexedDB history (`filed`: the change time of the
 *   copy filed, merged per id as the later time) leaves the saved state once it is not among the
 *   `KEEP_FINISHED` most recently changed: its results open from history. A copy changed since it
 *   was filed (a regrade whose filing failed) or never filed stays. Both tabs apply the same rule
 *   to the same union, so a pruned session does not come back from another tab's copy.
 * Equal change times count as the same version (the first argument's copy is kept): a person
 * does not change one session in two tabs within the same millisecond.
 * Merging returns its first argument itself when the second adds nothing, so a caller can tell
 * "nothing new" by identity and two tabs stop writing once they agree.
 */

/** Finished sessions kept in the saved state even when filed in history: the most recently changed. */
export const KEEP_FINISHED = 10;
/** At most this many filed ids of sessions no longer in the saved state are remembered (the latest). */
export const FILED_LIMIT = 200;

/** What the session store saves (its version 3 shape): every open and the recent finished sessions. */
export interface SavedSessions {
  /** Open sessions by id, each run by one tab (or by none: its tab was closed). */
  open: Record<string, Session>;
  /** Finished sessions (results) by id. */
  finished: Record<string, Session>;
  /** When the results were last deleted ("Delete all data"); `null` if never. */
  clearedAt: number | null;
  /**
   * Finished sessions confirmed filed in the IndexedDB history: id to the change time
   * (`lastChange`) of the copy filed. Bounded: see `pruneSavedSessions`.
   */
  filed: Record<string, number>;
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

/** The same keys with the same values (`===`). */
function sameValues<T>(x: Record<string, T>, y: Record<string, T>): boolean {
  if (x === y) return true;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((id) => Object.hasOwn(y, id) && y[id] === x[id]);
}

function mergeFiled(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  let result: Record<string, number> | null = null;
  for (const [id, time] of Object.entries(b)) {
    const mine = Object.hasOwn(a, id) ? a[id] : undefined;
    if (mine !== undefined && mine >= time) continue;
    result ??= { ...a };
    result[id] = time;
  }
  return result ?? a;
}

/**
 * Drops the finished sessions filed in history (as they are now) that are not among the
 * `KEEP_FINISHED` most recently changed, and bounds `filed`: the ids of sessions still saved, and
 * of the others the `FILED_LIMIT` filed last. Never drops a session not filed, or changed since it
 * was filed. Pure and idempotent; `state` itself when nothing goes.
 */
export function pruneSavedSessions(state: SavedSessions): SavedSessions {
  const byRecency = Object.values(state.finished).sort(
    (x, y) => lastChange(y) - lastChange(x) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  let finished: Record<string, Session> | null = null;
  for (const session of byRecency.slice(KEEP_FINISHED)) {
    const filedAt = Object.hasOwn(state.filed, session.id) ? state.filed[session.id] : undefined;
    if (filedAt === undefined || filedAt < lastChange(session)) continue;
    finished ??= { ...state.finished };
    delete finished[session.id];
  }
  const kept = finished ?? state.finished;
  const gone = Object.entries(state.filed).filter(([id]) => !Object.hasOwn(kept, id));
  let filed = state.filed;
  if (gone.length > FILED_LIMIT) {
    gone.sort(([x, tx], [y, ty]) => ty - tx || (x < y ? -1 : x > y ? 1 : 0));
    filed = { ...state.filed };
    for (const [id] of gone.slice(FILED_LIMIT)) delete filed[id];
  }
  if (finished === null && filed === state.filed) return state;
  return { ...state, finished: kept, filed };
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
  const filed = mergeFiled(a.filed, b.filed);
  const pruned = pruneSavedSessions({ open: a.open, finished: mergeMaps(a.finished, b.finished, kept), clearedAt, filed });
  // `a`'s own map when pruning took out just what `b` brought in (identity is the caller's "nothing new").
  const finished = sameValues(pruned.finished, a.finished) ? a.finished : pruned.finished;
  // An open copy of a session finished anywhere (filed, maybe pruned since) is gone: finished wins.
  const isOpen = (session: Session) =>
    session.finishedAt === undefined && !Object.hasOwn(pruned.finished, session.id) && !Object.hasOwn(filed, session.id);
  const open = mergeMaps(a.open, b.open, isOpen);
  const prunedFiled = sameValues(pruned.filed, a.filed) ? a.filed : pruned.filed;
  if (finished === a.finished && open === a.open && clearedAt === a.clearedAt && prunedFiled === a.filed) return a;
  return { open, finished, clearedAt, filed: prunedFiled };
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
