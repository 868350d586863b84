import type { StateCreator, StoreApi } from "zustand";
import { lastChange, mergeSavedSessions } from "../interview/session-merge.ts";
import type { Session } from "../interview/session-types.ts";
import { ABSENCE_PAUSE_MS } from "../interview/timer.ts";
import { restoreSessionState, SESSION_STATE_VERSION, type PersistedSessionState } from "./migrations.ts";
import { notify, useNoticeStore } from "./notice-store.ts";
import { createSafeStorage, type StorageFailure } from "./safe-storage.ts";
import { createSessionClaims, type SessionClaims } from "./session-claims.ts";
import { SESSION_STORAGE_KEY } from "./storage-keys.ts";
import { pausedNotice, readLastSeenAt, readTabSessionId, settle, writeTabSessionId } from "./tab-presence.ts";

/** What the sync reads and writes in the session store. */
export interface SyncedSessionState extends PersistedSessionState {
  /** The session this tab runs (`open[currentId]`), kept in step by the sync; null when none. */
  current: Session | null;
  currentId: string | null;
  /** Open sessions that other tabs run; `null` until known (then none of them is offered). */
  busyElsewhere: ReadonlySet<string> | null;
}

export interface SessionSync {
  /**
   * The zustand middleware. The store it wraps changes `current` (this tab's session) and
   * `currentId`; the sync puts `current` into `open`, saves, holds the tab's claim, and lets go
   * of a session another tab finished.
   */
  middleware<T extends SyncedSessionState>(initializer: StateCreator<T>): StateCreator<T>;
  /** Reads the saved sessions in, claims this tab's, follows the other tabs. Once; returns the stop. */
  start(): () => void;
  /** Asks the browser again which open sessions other tabs run. */
  refreshTabs(): Promise<void>;
}

const STORAGE_MESSAGES: Record<StorageFailure | "newer", string> = {
  full: "Browser storage is full: this session keeps running, but it will be lost if you close the tab. Export your results or free some space.",
  unavailable:
    "This browser does not let Rehearse save: the session keeps running, but it will be lost if you close the tab.",
  newer: "Rehearse was updated in another tab. Reload this tab to keep saving what you do here.",
};

export function savedPart(state: PersistedSessionState): PersistedSessionState {
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

function sameIds(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((id) => b.has(id));
}

function openSession(saved: PersistedSessionState, id: string | null): Session | null {
  return id === null || !Object.hasOwn(saved.open, id) ? null : (saved.open[id] ?? null);
}

/**
 * Tab sync, Web Lock claims and merge-on-write persistence of the session store, as a zustand
 * middleware: writes merge with what storage holds (`mergeSavedSessions`, the pure core), so no
 * tab overwrites another's sessions. Nothing happens on import: `start()` (through
 * `loadSessionStore`, from main.tsx) reads storage in and adds the listeners.
 */
export function createSessionSync(claims: SessionClaims = createSessionClaims()): SessionSync {
  let api: StoreApi<SyncedSessionState> | null = null;
  let rawSet: StoreApi<SyncedSessionState>["setState"] = () => undefined;
  let stop: (() => void) | null = null;
  /** True while `start` reads storage in: that is not a change to save. */
  let hydrating = false;
  /** The text this tab last wrote, and the state it wrote (merged with what was stored then). */
  let lastWrite: { text: string; written: PersistedSessionState } | null = null;
  /**
   * This tab's session as it came back from storage on load (a reload, or a duplicated tab, which
   * copies sessionStorage too), until the claim on it answers. The tab shows it paused (`current`)
   * but saves none of its changes: the pause is the newest change of that session, so saved before
   * the claim it would win over the running copy of another tab that runs it, and stop its clock.
   * `open` keeps the stored copy meanwhile; a granted claim saves `current`, a refused one drops it.
   */
  let unclaimedId: string | null = null;

  const get = (): SyncedSessionState => {
    if (api === null) throw new Error("the session sync wraps no store");
    return api.getState();
  };

  const safeStorage = createSafeStorage(
    (failure) => {
      if (useNoticeStore.getState().storageWarning === null) {
        useNoticeStore.getState().actions.warnStorage(STORAGE_MESSAGES[failure]);
      }
    },
    () => useNoticeStore.getState().actions.warnStorage(null),
  );

  /** A newer build saved the sessions: this tab stops writing rather than overwrite what it cannot read. */
  const warnNewerBuild = () => useNoticeStore.getState().actions.warnStorage(STORAGE_MESSAGES.newer);

  /**
   * Writes merge first: with what this tab last wrote when the storage still holds that, else
   * with what another tab wrote since. Whatever the merge brought in joins this tab's state too.
   */
  function write(state: PersistedSessionState): void {
    const stored = safeStorage.getItem(SESSION_STORAGE_KEY) as string | null;
    let base: PersistedSessionState | null = null;
    if (lastWrite !== null && stored === lastWrite.text) {
      // Nothing was written since this tab's last write, and nothing changed: a claim, a tab list.
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
    const text = JSON.stringify({ state: merged, version: SESSION_STATE_VERSION });
    if (text !== stored) void safeStorage.setItem(SESSION_STORAGE_KEY, text);
    lastWrite = { text, written: merged };
    if (merged !== state) queueMicrotask(() => absorb(merged));
  }

  /** Takes in sessions another tab saved; writes back when the storage lacks some of this tab's. */
  function absorb(theirs: PersistedSessionState): void {
    const mine = savedPart(get());
    const merged = mergeSavedSessions(mine, theirs);
    if (merged !== mine) {
      api?.setState(merged);
      return;
    }
    if (mergeSavedSessions(theirs, mine) !== theirs) {
      lastWrite = null; // the stored text is theirs: write ours merged over it
      write(mine);
    }
  }

  /**
   * Puts `current` into `open` (unless unclaimed, see `unclaimedId`), or reads it from `open`
   * when the change came from elsewhere; lets go of this tab's session when it left `open`.
   */
  function reconcile(before: SyncedSessionState, next: SyncedSessionState): SyncedSessionState {
    let { currentId, open } = next;
    if (unclaimedId !== null && unclaimedId !== currentId) unclaimedId = null;
    let current: Session | null;
    if (next.current !== before.current && next.current !== null && next.current.id === currentId) {
      // This tab changed its session: saved at once, or held in memory until its claim answers.
      current = next.current;
      if (unclaimedId !== currentId) open = { ...open, [current.id]: current };
    } else {
      const inSaved = openSession(next, currentId);
      current = inSaved !== null && unclaimedId === currentId ? next.current : inSaved;
    }
    if (currentId !== null && current === null) {
      // Two tabs ended up with one session and the other finished it (or it is gone): let it go.
      if (Object.hasOwn(next.finished, currentId) && before.currentId === currentId) {
        notify("Your session was finished in another tab. Its results are under History.", "warning");
      }
      currentId = null;
    }
    return { ...next, open, current, currentId };
  }

  /**
   * Holds this tab's claim on its session; gives the session back if another tab runs it. The
   * session as this tab holds it is saved only once the claim is granted (see `unclaimedId`).
   */
  function claimOwn(id: string): void {
    void claims.claim(id).then((held) => {
      const state = get();
      if (state.currentId !== id) return;
      const wasUnclaimed = unclaimedId === id;
      if (wasUnclaimed) unclaimedId = null;
      if (held) {
        if (wasUnclaimed && state.current !== null && Object.hasOwn(state.open, id)) {
          api?.setState({ open: { ...state.open, [id]: state.current } });
        }
        return;
      }
      // Nothing of this tab's copy was saved: the stored copy, the other tab's, stays as it is.
      api?.setState({ currentId: null, current: null });
      notify("This session is open in another tab: continue it there, or start a new one here.", "warning");
      void refreshTabs();
    });
  }

  /** The tab's id in sessionStorage and its lock follow `currentId`. */
  function followCurrentId(before: string | null, after: string | null): void {
    if (before === after) return;
    writeTabSessionId(after);
    if (after === null) void claims.claim(null);
    else claimOwn(after);
  }

  const syncedSet: StoreApi<SyncedSessionState>["setState"] = (partial, replace) => {
    const before = get();
    const patch = typeof partial === "function" ? partial(before) : partial;
    const next = reconcile(before, replace ? (patch as SyncedSessionState) : { ...before, ...patch });
    rawSet(next, true);
    followCurrentId(before.currentId, next.currentId);
    if (!hydrating) write(savedPart(next));
  };

  /**
   * Open sessions other tabs run. With Web Locks, exactly those whose lock another tab holds.
   * Without, those seen (heartbeat) or changed in the last minute: a session nobody looked at for
   * longer counts as left behind.
   */
  async function refreshTabs(): Promise<void> {
    const state = get();
    let busy = await claims.busyElsewhere();
    if (busy === null) {
      busy = new Set<string>();
      const now = Date.now();
      for (const session of Object.values(state.open)) {
        if (session.id === state.currentId) continue;
        const seen = Math.max(readLastSeenAt(session.id) ?? 0, lastChange(session));
        if (now - seen <= ABSENCE_PAUSE_MS) busy.add(session.id);
      }
    }
    if (!sameIds(busy, get().busyElsewhere)) api?.setState({ busyElsewhere: busy });
  }

  /** Saved data is unknown input: every version goes through `restoreSessionState`. */
  function hydrate(): void {
    const text = safeStorage.getItem(SESSION_STORAGE_KEY) as string | null;
    if (text === null) return;
    let blob: { state?: unknown; version?: unknown } = { state: "damaged", version: SESSION_STATE_VERSION };
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null) blob = parsed;
    } catch {
      // damaged text: restoreSessionState resets, with a notice
    }
    const version = typeof blob.version === "number" ? blob.version : 0;
    const { state: stored, notice } = restoreSessionState(blob.state, version);
    const mine = get();
    const untouched = Object.keys(mine.open).length === 0 && Object.keys(mine.finished).length === 0;
    // What this tab did before the start (nothing, in the app) joins what was saved.
    const saved = untouched && mine.clearedAt === null ? stored : mergeSavedSessions(stored, savedPart(mine));
    // This tab's session (a reload): it comes back paused. Other tabs' sessions are theirs.
    const tabId = mine.currentId ?? readTabSessionId();
    const own = openSession(saved, tabId);
    let resumed: string | null = null;
    let current = mine.current;
    if (mine.currentId === null && own !== null) {
      // Held in memory only until the claim on it answers (see `unclaimedId`): `open` keeps the stored copy.
      const settled = settle(own, Date.now());
      current = settled.session;
      unclaimedId = own.id;
      if (settled.pausedNow) resumed = pausedNotice(settled.awayMs);
    } else if (mine.currentId === null && tabId !== null) writeTabSessionId(null);
    hydrating = true;
    try {
      api?.setState({ ...saved, currentId: own?.id ?? null, current });
    } finally {
      hydrating = false;
    }
    const noticeText = notice && resumed ? `${notice} ${resumed}` : (notice ?? resumed);
    // A reset of saved data stays said; "paused where you left it" is about the session only.
    if (noticeText) notify(noticeText, notice ? "warning" : "info", { aboutSession: notice === null });
  }

  return {
    middleware: <T extends SyncedSessionState>(initializer: StateCreator<T>): StateCreator<T> =>
      (set, getState, store) => {
        api = store as unknown as StoreApi<SyncedSessionState>;
        rawSet = set as unknown as StoreApi<SyncedSessionState>["setState"];
        store.setState = syncedSet as unknown as typeof store.setState;
        return initializer(store.setState, getState, store);
      },
    refreshTabs,
    start() {
      if (stop !== null) return stop;
      // The claim on this tab's session follows from `currentId` (see `followCurrentId`).
      hydrate();
      if (typeof window === "undefined") return (stop = () => undefined);
      void refreshTabs();
      const onStorage = (event: StorageEvent) => {
        // `key` is null when another tab cleared all storage: nothing to merge, ours is written next time.
        if (event.key !== SESSION_STORAGE_KEY || event.newValue === null) return;
        const theirs = readSaved(event.newValue, savedPart(get()));
        if (theirs === "newer") warnNewerBuild();
        else if (theirs !== null) absorb(theirs);
        void refreshTabs();
      };
      const onShown = () => {
        if (document.visibilityState !== "hidden") void refreshTabs();
      };
      window.addEventListener("storage", onStorage);
      document.addEventListener("visibilitychange", onShown);
      window.addEventListener("focus", onShown);
      stop = () => {
        window.removeEventListener("storage", onStorage);
        document.removeEventListener("visibilitychange", onShown);
        window.removeEventListener("focus", onShown);
      };
      return stop;
    },
  };
}
