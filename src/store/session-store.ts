import { create } from "zustand";
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import type { Question } from "../deck/deck-types.ts";
import { createSession, transition, type SessionEvent } from "../interview/session-machine.ts";
import {
  lastChange,
  mergeSavedSessions,
  mergeSession,
  pickResumable,
  pruneSavedSessions,
  restoredAfterClear,
  stampChange,
} from "../interview/session-merge.ts";
import type { Grade, Session, SessionConfig } from "../interview/session-types.ts";
import { ABSENCE_PAUSE_MS, resumeAfterAbsence } from "../interview/timer.ts";
import { formatDuration } from "../lib/format-duration.ts";
import { restoreSessionState, SESSION_STATE_VERSION, type PersistedSessionState } from "./migrations.ts";
import { createSafeStorage, type StorageFailure } from "./safe-storage.ts";
import { createSessionClaims } from "./session-claims.ts";

export const SESSION_STORAGE_KEY = "rehearse.sessions";
/**
 * When the person was last seen on each open session (`{ [sessionId]: ms }`), kept apart from the
 * sessions so the heartbeat does not rewrite every result each time, and per session so one tab's
 * heartbeat never makes another tab's session look attended.
 */
export const HEARTBEAT_KEY = "rehearse.lastSeenAt";
/** sessionStorage: the id of the session this tab runs. It survives a reload of the tab, and only that. */
export const TAB_SESSION_KEY = "rehearse.tabSession";

/** A message for the person about what the app did on its own (reset data, paused after an absence). */
export interface AppNotice {
  id: number;
  tone: "info" | "warning";
  text: string;
}

export interface SessionState extends PersistedSessionState {
  /** The session this tab runs (`open[currentId]`), kept in step by the store; null when none. */
  current: Session | null;
  currentId: string | null;
  /** Open sessions that other tabs run; `null` until known (then none of them is offered). */
  busyElsewhere: ReadonlySet<string> | null;
  notice: AppNotice | null;
  /** Set while saving to browser storage fails: the session keeps running in memory. */
  storageWarning: string | null;
}

export interface SessionActions {
  /**
   * Starts a session on picked questions in this tab. The session setup offers to resume (this
   * tab's, or one left by a closed tab) is finished first, its results kept; a session another
   * tab runs is never touched.
   */
  start(config: SessionConfig, questions: readonly Question[], at?: number): Session;
  /** Sends an event to this tab's session; ignored when none is open or it does not apply. */
  send(event: SessionEvent): void;
  /** Finishes this tab's session and files it with the results; returns its id. */
  finish(at?: number): string | undefined;
  /**
   * Brings a finished session from history (one imported from a backup, say) back into the
   * results, so its results page shows it and can regrade it; it stands even when it came back
   * after "Delete all data".
   */
  restoreFinished(session: Session, at?: number): void;
  /**
   * Records that these finished copies are in the IndexedDB history as they are; filed results
   * beyond the most recent then leave localStorage (session-merge.ts, `pruneSavedSessions`).
   */
  markFiled(copies: readonly Session[]): void;
  /** Changes a grade of a finished session. */
  regrade(sessionId: string, questionId: string, grade: Grade, at?: number): void;
  /**
   * Makes the session setup offers (`selectResumableSession`) this tab's own, paused where it was
   * left; false when `sessionId` is not the one offered. If another tab takes it first after all,
   * it is given back with a notice.
   */
  resume(sessionId: string, at?: number): boolean;
  /** Deletes every finished session's results, here and in the other tabs. */
  clearResults(at?: number): void;
  /** Applies the absence rule now (tab shown again, laptop woke up). */
  checkAbsence(now?: number, lastSeenAt?: number | null): void;
  /** Remembers that the person is here, for the absence rule. */
  heartbeat(now?: number): void;
  /** Asks the browser again which open sessions other tabs run. */
  refreshTabs(): Promise<void>;
  notify(text: string, tone?: AppNotice["tone"]): void;
  dismissNotice(): void;
}

let noticeCounter = 0;
function makeNotice(text: string, tone: AppNotice["tone"] = "info"): AppNotice {
  noticeCounter += 1;
  return { id: noticeCounter, text, tone };
}

function newSessionId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function readTabSessionId(): string | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(TAB_SESSION_KEY);
  } catch {
    return null;
  }
}

function writeTabSessionId(id: string | null): void {
  try {
    if (typeof sessionStorage === "undefined") return;
    if (id === null) sessionStorage.removeItem(TAB_SESSION_KEY);
    else sessionStorage.setItem(TAB_SESSION_KEY, id);
  } catch {
    // without sessionStorage a reload finds the session as one left open, and setup offers it
  }
}

/** Heartbeats by session id; a bare number (the format before tabs) counts for any session. */
function readHeartbeats(): Record<string, number> | number | null {
  try {
    const text = localStorage.getItem(HEARTBEAT_KEY);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : null;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, number>)
      : null;
  } catch {
    return null;
  }
}

/** When the person was last seen on session `id` (a heartbeat while its screen was shown), or null. */
export function readLastSeenAt(id: string): number | null {
  const beats = readHeartbeats();
  if (beats === null) return null;
  const value = typeof beats === "number" ? beats : Object.hasOwn(beats, id) ? beats[id] : undefined;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
}

const STORAGE_MESSAGES: Record<StorageFailure | "newer", string> = {
  full: "Browser storage is full: this session keeps running, but it will be lost if you close the tab. Export your results or free some space.",
  unavailable:
    "This browser does not let Rehearse save: the session keeps running, but it will be lost if you close the tab.",
  newer: "Rehearse was updated in another tab. Reload this tab to keep saving what you do here.",
};

/**
 * A session that comes back from storage, or from a closed tab: paused at the last time the
 * person was seen on it (its heartbeat, else its last change), so time away is not counted.
 */
function settle(session: Session, now: number): { session: Session; awayMs: number; pausedNow: boolean } {
  const lastSeenAt = readLastSeenAt(session.id) ?? lastChange(session);
  const result = resumeAfterAbsence(session, now, Math.min(now, lastSeenAt), { reloaded: true });
  return { ...result, session: stampChange(session, result.session, now) };
}

function pausedNotice(awayMs: number): string {
  const away = awayMs >= 1000 ? ` You were away ${formatDuration(awayMs)}.` : "";
  return `Your session is paused where you left it.${away}`;
}

/**
 * Files a finished session in the IndexedDB history (again after a regrade). Loaded on demand:
 * none of the history code may be in the setup page's first paint. A failure is a warning, the
 * results stay in this store either way; only a confirmed filing lets an older result leave it.
 */
function fileInHistory(session: Session): void {
  // Without IndexedDB (some private modes, jsdom) the history page says so when opened.
  if (typeof indexedDB === "undefined") return;
  void import("./load-history.ts")
    .then(({ fileInHistory: file }) =>
      file(session, (text) => useSessionStore.getState().actions.notify(text, "warning")),
    )
    .then((filed) => {
      if (filed) useSessionStore.getState().actions.markFiled([session]);
    })
    .catch((error: unknown) =>
      useSessionStore
        .getState()
        .actions.notify(
          `Could not save this session to history: ${error instanceof Error ? error.message : String(error)}`,
          "warning",
        ),
    );
}

/** Notice from `migrate`, shown by `merge` (persist calls them one after the other). */
let migrationNotice: string | null = null;

const claims = createSessionClaims();

const safeStorage = createSafeStorage(
  (failure) => {
    if (useSessionStore.getState().storageWarning === null) {
      useSessionStore.setState({ storageWarning: STORAGE_MESSAGES[failure] });
    }
  },
  () => useSessionStore.setState({ storageWarning: null }),
);

function savedPart(state: PersistedSessionState): PersistedSessionState {
  return { open: state.open, finished: state.finished, clearedAt: state.clearedAt, filed: state.filed };
}

/** What another tab saved, read against what this tab holds; "newer" when a newer build wrote it. */
function readSaved(text: string, known: PersistedSessionState): PersistedSessionState | "newer" | null {
  let blob: unknown;
  try {
    blob = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof blob !== "object" || blob === null || !("version" in blob) || typeof blob.version !== "number")
    return null;
  if (blob.version > SESSION_STATE_VERSION) return "newer";
  return restoreSessionState("state" in blob ? blob.state : undefined, blob.version, known).state;
}

/**
 * A newer build of Rehearse saved the sessions (an update reached another tab first): this tab
 * stops writing rather than overwrite what it cannot read, and says so.
 */
function warnNewerBuild(): void {
  // Setting state writes again (persist), which lands here again: set it once.
  if (useSessionStore.getState().storageWarning !== STORAGE_MESSAGES.newer) {
    useSessionStore.setState({ storageWarning: STORAGE_MESSAGES.newer });
  }
}

/** The text this tab last wrote, and the state it wrote (merged with what was stored then). */
let lastWrite: { text: string; written: PersistedSessionState } | null = null;

/**
 * JSON over the safe storage. Text that is not JSON reads as a damaged blob, which `merge`
 * reports. Writes merge first, so no tab overwrites another's sessions: with what this tab last
 * wrote when the storage still holds that, else with what another tab wrote since
 * (session-merge.ts). Whatever the merge brought in joins this tab's state too.
 */
const jsonStorage: PersistStorage<PersistedSessionState> = {
  getItem(name) {
    const text = safeStorage.getItem(name) as string | null;
    if (text === null) return null;
    try {
      return JSON.parse(text) as StorageValue<PersistedSessionState>;
    } catch {
      return { state: "damaged" as unknown as PersistedSessionState, version: SESSION_STATE_VERSION };
    }
  },
  setItem(name, value) {
    const state = savedPart(value.state);
    const stored = safeStorage.getItem(name) as string | null;
    let base: PersistedSessionState | null = null;
    if (lastWrite !== null && stored === lastWrite.text) {
      // Nothing was written since this tab's last write, and nothing changed: a notice, a claim.
      if (mergeSavedSessions(lastWrite.written, state) === lastWrite.written) return;
      base = lastWrite.written;
    } else if (stored !== null) {
      const theirs = readSaved(stored, state);
      if (theirs === "newer") {
        warnNewerBuild();
        return;
      }
      base = theirs;
    }
    const merged = base === null ? state : mergeSavedSessions(state, base);
    const text = JSON.stringify({ state: merged, version: value.version });
    if (text !== stored) void safeStorage.setItem(name, text);
    lastWrite = { text, written: merged };
    if (merged !== state) queueMicrotask(() => absorb(merged));
  },
  removeItem(name) {
    void safeStorage.removeItem(name);
  },
};

/** Takes in sessions another tab saved; writes back when the storage lacks some of this tab's. */
function absorb(theirs: PersistedSessionState): void {
  const state = useSessionStore.getState();
  const mine = savedPart(state);
  const merged = mergeSavedSessions(mine, theirs);
  if (merged !== mine) {
    commitSaved(merged);
    return;
  }
  if (mergeSavedSessions(theirs, mine) !== theirs) {
    lastWrite = null; // the stored text is theirs: write ours merged over it
    jsonStorage.setItem(SESSION_STORAGE_KEY, { state: mine, version: SESSION_STATE_VERSION });
  }
}

/**
 * This tab's session as it came back from storage on load (a reload, or a duplicated tab, which
 * copies sessionStorage too), until the claim on it answers. The tab shows it paused (`current`)
 * but saves none of its changes: the pause is the newest change of that session, so saved before
 * the claim it would win over the running copy of another tab that runs it, and stop its clock.
 * `open` keeps the stored copy meanwhile; a granted claim saves `current`, a refused one drops it.
 */
let unclaimedId: string | null = null;

/** Sets the saved part and keeps `current` in step: this tab's session may have been finished elsewhere. */
function commitSaved(saved: PersistedSessionState, extra: Partial<SessionState> = {}): void {
  const state = useSessionStore.getState();
  const currentId = extra.currentId !== undefined ? extra.currentId : state.currentId;
  if (unclaimedId !== null && unclaimedId !== currentId) unclaimedId = null;
  const inSaved =
    currentId === null ? null : ((Object.hasOwn(saved.open, currentId) ? saved.open[currentId] : undefined) ?? null);
  // Until its claim answers, this tab's session is the copy it holds in memory (see `unclaimedId`).
  const current = inSaved !== null && unclaimedId === currentId ? state.current : inSaved;
  const next: Partial<SessionState> = { ...saved, ...extra, currentId, current };
  if (currentId !== null && current === null) {
    // Two tabs ended up with one session and the other finished it (or it is gone): let it go.
    next.currentId = null;
    writeTabSessionId(null);
    void claims.claim(null);
    if (Object.hasOwn(saved.finished, currentId)) {
      next.notice = makeNotice("Your session was finished in another tab. Its results are under History.", "warning");
    }
  }
  useSessionStore.setState(next);
}

/**
 * Holds this tab's claim on its session; gives the session back if another tab runs it. The
 * session as this tab holds it is saved only once the claim is granted (see `unclaimedId`).
 */
function claimOwn(id: string): void {
  void claims.claim(id).then((held) => {
    const state = useSessionStore.getState();
    if (state.currentId !== id) return;
    const wasUnclaimed = unclaimedId === id;
    if (wasUnclaimed) unclaimedId = null;
    if (held) {
      if (wasUnclaimed && state.current !== null && Object.hasOwn(state.open, id)) {
        commitSaved({ ...savedPart(state), open: { ...state.open, [id]: state.current } });
      }
      return;
    }
    // Nothing of this tab's copy was saved: the stored copy, the other tab's, stays as it is.
    writeTabSessionId(null);
    useSessionStore.setState({
      currentId: null,
      current: null,
      notice: makeNotice("This session is open in another tab: continue it there, or start a new one here.", "warning"),
    });
    void state.actions.refreshTabs();
  });
}

function sameIds(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * Open sessions other tabs run. With Web Locks, exactly those whose lock another tab holds.
 * Without, those seen (heartbeat) or changed in the last minute: a session nobody looked at for
 * longer counts as left behind.
 */
async function sessionsBusyElsewhere(state: SessionState, now: number): Promise<Set<string>> {
  const held = await claims.busyElsewhere();
  if (held !== null) return held;
  const busy = new Set<string>();
  for (const session of Object.values(state.open)) {
    if (session.id === state.currentId) continue;
    const seen = Math.max(readLastSeenAt(session.id) ?? 0, lastChange(session));
    if (now - seen <= ABSENCE_PAUSE_MS) busy.add(session.id);
  }
  return busy;
}

function without(sessions: Record<string, Session>, id: string): Record<string, Session> {
  const { [id]: _removed, ...rest } = sessions;
  return rest;
}

export const useSessionStore = create<SessionState & { actions: SessionActions }>()(
  persist(
    (set, get) => {
      /** Finishes an open session (this tab's, or one a closed tab left) and files it. */
      function finishOpen(session: Session, at: number): Session {
        const own = get().currentId === session.id;
        const settled = own ? session : settle(session, at).session;
        const done = stampChange(settled, transition(settled, { type: "finished", at }), at);
        const state = get();
        commitSaved(
          {
            open: without(state.open, session.id),
            finished: { ...state.finished, [done.id]: done },
            clearedAt: state.clearedAt,
            filed: state.filed,
          },
          own ? { currentId: null } : {},
        );
        if (own) {
          writeTabSessionId(null);
          void claims.claim(null);
        }
        fileInHistory(done);
        return done;
      }

      return {
        open: {},
        finished: {},
        clearedAt: null,
        filed: {},
        current: null,
        currentId: null,
        busyElsewhere: null,
        notice: null,
        storageWarning: null,
        actions: {
          start(config, questions, at = Date.now()) {
            const replaced = selectResumableSession(get());
            if (replaced) finishOpen(replaced, at);
            const session = stampChange(null, createSession(config, questions, { id: newSessionId(), at }), at);
            const state = get();
            writeTabSessionId(session.id);
            commitSaved(
              { ...savedPart(state), open: { ...state.open, [session.id]: session } },
              { currentId: session.id },
            );
            claimOwn(session.id);
            get().actions.heartbeat(at);
            return session;
          },
          send(event) {
            const current = get().current;
            if (!current) return;
            const next = transition(current, event);
            if (next === current) return;
            if (unclaimedId === current.id) {
              // Not saved before the claim answers (see `unclaimedId`); a granted claim saves it.
              set({ current: stampChange(current, next, event.at) });
              return;
            }
            const state = get();
            commitSaved({
              ...savedPart(state),
              open: { ...state.open, [current.id]: stampChange(current, next, event.at) },
            });
          },
          finish(at = Date.now()) {
            const current = get().current;
            return current ? finishOpen(current, at).id : undefined;
          },
          restoreFinished(session, at = Date.now()) {
            if (session.finishedAt === undefined) return;
            const state = get();
            const known = Object.hasOwn(state.finished, session.id) ? state.finished[session.id] : undefined;
            const restored = restoredAfterClear(session, state.clearedAt, at);
            if (known === undefined) {
              // Opened from history: a recent result again (kept here among the most recent), and
              // filed as it is, since history is where it came from.
              const opened = { ...restored, updatedAt: Math.max(lastChange(restored), at) };
              const filedAt = Object.hasOwn(state.filed, session.id) ? (state.filed[session.id] ?? 0) : 0;
              commitSaved({
                ...savedPart(state),
                finished: { ...state.finished, [session.id]: opened },
                filed: { ...state.filed, [session.id]: Math.max(filedAt, lastChange(opened)) },
              });
              return;
            }
            const merged = mergeSession(known, restored);
            if (merged === known) return;
            commitSaved({ ...savedPart(state), finished: { ...state.finished, [session.id]: merged } });
          },
          markFiled(copies) {
            const state = get();
            let filed: Record<string, number> | null = null;
            for (const copy of copies) {
              if (copy.finishedAt === undefined || !Object.hasOwn(state.finished, copy.id)) continue;
              const before = Object.hasOwn(state.filed, copy.id) ? state.filed[copy.id] : undefined;
              if (before !== undefined && before >= lastChange(copy)) continue;
              filed ??= { ...state.filed };
              filed[copy.id] = lastChange(copy);
            }
            if (filed === null) return;
            commitSaved(pruneSavedSessions({ ...savedPart(state), filed }));
          },
          regrade(sessionId, questionId, grade, at = Date.now()) {
            const state = get();
            const session = Object.hasOwn(state.finished, sessionId) ? state.finished[sessionId] : undefined;
            if (!session) return;
            const next = transition(session, { type: "regraded", at, questionId, grade });
            if (next === session) return;
            const stamped = stampChange(session, next, at);
            commitSaved({ ...savedPart(state), finished: { ...state.finished, [sessionId]: stamped } });
            fileInHistory(stamped);
          },
          resume(sessionId, at = Date.now()) {
            const state = get();
            if (state.currentId === sessionId && state.current !== null) return true;
            const offered = selectResumableSession(state);
            if (offered === null || offered.id !== sessionId) return false;
            const { session, awayMs, pausedNow } = settle(offered, at);
            writeTabSessionId(sessionId);
            commitSaved(
              { ...savedPart(state), open: { ...state.open, [sessionId]: session } },
              { currentId: sessionId, ...(pausedNow ? { notice: makeNotice(pausedNotice(awayMs)) } : {}) },
            );
            claimOwn(sessionId);
            return true;
          },
          clearResults(at = Date.now()) {
            commitSaved({ ...savedPart(get()), finished: {}, clearedAt: Math.max(at, get().clearedAt ?? 0) });
          },
          checkAbsence(now = Date.now(), lastSeenAt) {
            const current = get().current;
            if (!current) return;
            const seen = lastSeenAt === undefined ? readLastSeenAt(current.id) : lastSeenAt;
            if (seen === null) return;
            const { session, awayMs, pausedNow } = resumeAfterAbsence(current, now, seen);
            if (!pausedNow) return;
            const notice = makeNotice(`Paused while you were away (${formatDuration(awayMs)}). Resume when you are ready.`);
            if (unclaimedId === current.id) {
              set({ current: stampChange(current, session, now), notice });
              return;
            }
            const state = get();
            commitSaved(
              { ...savedPart(state), open: { ...state.open, [current.id]: stampChange(current, session, now) } },
              { notice },
            );
          },
          heartbeat(now = Date.now()) {
            const { currentId, open } = get();
            if (currentId === null) return;
            const beats = readHeartbeats();
            const next: Record<string, number> = {};
            // Heartbeats of sessions no longer open are dropped, so the record stays small.
            if (beats !== null && typeof beats === "object") {
              for (const [id, at] of Object.entries(beats)) if (Object.hasOwn(open, id)) next[id] = at;
            }
            next[currentId] = now;
            try {
              localStorage.setItem(HEARTBEAT_KEY, JSON.stringify(next));
            } catch {
              // the storage warning comes from the session writes; a lost heartbeat only pauses earlier
            }
          },
          async refreshTabs() {
            const busy = await sessionsBusyElsewhere(get(), Date.now());
            if (!sameIds(busy, get().busyElsewhere)) set({ busyElsewhere: busy });
          },
          notify(text, tone = "info") {
            set({ notice: makeNotice(text, tone) });
          },
          dismissNotice() {
            set({ notice: null });
          },
        },
      };
    },
    {
      name: SESSION_STORAGE_KEY,
      version: SESSION_STATE_VERSION,
      storage: jsonStorage,
      partialize: (state): PersistedSessionState => savedPart(state),
      // Saved data is unknown input: every version goes through restoreSessionState, which
      // validates field by field and falls back to a clean slate with a notice.
      migrate: (persisted, version) => {
        const { state, notice } = restoreSessionState(persisted, version);
        migrationNotice = notice;
        return state;
      },
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const { state, notice } = restoreSessionState(persisted, SESSION_STATE_VERSION);
        const text = migrationNotice ?? notice;
        migrationNotice = null;
        // This tab's session (a reload): it comes back paused. Other tabs' sessions are theirs.
        const tabId = readTabSessionId();
        const own = tabId !== null && Object.hasOwn(state.open, tabId) ? state.open[tabId] : undefined;
        if (tabId !== null && own === undefined) writeTabSessionId(null);
        // Held in memory only until the claim on it answers (see `unclaimedId`): `open` keeps the stored copy.
        let settled: Session | null = null;
        let resumed: string | null = null;
        unclaimedId = null;
        if (own !== undefined) {
          const { session, awayMs, pausedNow } = settle(own, Date.now());
          settled = session;
          unclaimedId = own.id;
          if (pausedNow) resumed = pausedNotice(awayMs);
        }
        const noticeText = text && resumed ? `${text} ${resumed}` : (text ?? resumed);
        return {
          ...current,
          ...state,
          currentId: own === undefined ? null : own.id,
          current: settled,
          notice: noticeText ? makeNotice(noticeText, text ? "warning" : "info") : current.notice,
        };
      },
    },
  ),
);

/** Keeps this tab in step with the others: their saves, which sessions they run. */
function watchOtherTabs(): void {
  const { actions, currentId } = useSessionStore.getState();
  if (currentId !== null) claimOwn(currentId);
  if (typeof window === "undefined") return;
  void actions.refreshTabs();
  window.addEventListener("storage", (event) => {
    // `key` is null when another tab cleared all storage: nothing to merge, ours is written next time.
    if (event.key !== SESSION_STORAGE_KEY || event.newValue === null) return;
    const theirs = readSaved(event.newValue, savedPart(useSessionStore.getState()));
    if (theirs === "newer") warnNewerBuild();
    else if (theirs !== null) absorb(theirs);
    void useSessionStore.getState().actions.refreshTabs();
  });
  const refresh = () => {
    if (document.visibilityState !== "hidden") void useSessionStore.getState().actions.refreshTabs();
  };
  document.addEventListener("visibilitychange", refresh);
  window.addEventListener("focus", refresh);
}

/** The stable actions object: selecting it never re-renders anything. */
export function useSessionActions(): SessionActions {
  return useSessionStore((state) => state.actions);
}

export const selectOpenSession = (state: SessionState): Session | null => state.current;
export const selectNotice = (state: SessionState): AppNotice | null => state.notice;
export const selectStorageWarning = (state: SessionState): string | null => state.storageWarning;

/** The session setup offers to resume, and that starting another finishes: see `pickResumable`. */
export const selectResumableSession = (state: SessionState): Session | null =>
  state.current ?? pickResumable(state.open, { ownId: state.currentId, busyElsewhere: state.busyElsewhere });

watchOtherTabs();
