import { create } from "zustand";
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import type { Question } from "../deck/deck-types.ts";
import { createSession, transition, type SessionEvent } from "../interview/session-machine.ts";
import type { Grade, Session, SessionConfig } from "../interview/session-types.ts";
import { resumeAfterAbsence } from "../interview/timer.ts";
import { formatDuration } from "../lib/format-duration.ts";
import { restoreSessionState, SESSION_STATE_VERSION, type PersistedSessionState } from "./migrations.ts";
import { createSafeStorage, type StorageFailure } from "./safe-storage.ts";

export const SESSION_STORAGE_KEY = "rehearse.sessions";
/** Kept apart from the sessions so the heartbeat does not rewrite every result each time. */
export const HEARTBEAT_KEY = "rehearse.lastSeenAt";

/** A message for the person about what the app did on its own (reset data, paused after an absence). */
export interface AppNotice {
  id: number;
  tone: "info" | "warning";
  text: string;
}

export interface SessionState extends PersistedSessionState {
  notice: AppNotice | null;
  /** Set while saving to browser storage fails: the session keeps running in memory. */
  storageWarning: string | null;
}

export interface SessionActions {
  /** Starts a session on picked questions; an open session is finished first (its results are kept). */
  start(config: SessionConfig, questions: readonly Question[], at?: number): Session;
  /** Sends an event to the open session; ignored when none is open or it does not apply. */
  send(event: SessionEvent): void;
  /** Finishes the open session and files it with the results; returns its id. */
  finish(at?: number): string | undefined;
  /** Changes a grade of a finished session. */
  regrade(sessionId: string, questionId: string, grade: Grade, at?: number): void;
  /** Applies the absence rule now (tab shown again, laptop woke up). */
  checkAbsence(now?: number, lastSeenAt?: number | null): void;
  /** Remembers that the person is here, for the absence rule. */
  heartbeat(now?: number): void;
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

function readHeartbeat(): number | null {
  try {
    const value = Number(localStorage.getItem(HEARTBEAT_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

const STORAGE_MESSAGES: Record<StorageFailure, string> = {
  full: "Browser storage is full: this session keeps running, but it will be lost if you close the tab. Export your results or free some space.",
  unavailable: "This browser does not let Rehearse save: the session keeps running, but it will be lost if you close the tab.",
};

/** Pauses a running session that comes back from storage, and says for how long the person was away. */
function pausedAfterReload(state: SessionState, now: number): Partial<SessionState> {
  const current = state.current;
  if (!current || current.finishedAt !== undefined) return {};
  const lastSeenAt = readHeartbeat() ?? now;
  const { session, awayMs, pausedNow } = resumeAfterAbsence(current, now, lastSeenAt, { reloaded: true });
  if (!pausedNow) return {};
  const away = awayMs >= 1000 ? ` You were away ${formatDuration(awayMs)}.` : "";
  return { current: session, notice: makeNotice(`Your session is paused where you left it.${away}`) };
}

/**
 * Files a finished session in the IndexedDB history (again after a regrade). Loaded on demand:
 * none of the history code may be in the setup page's first paint. A failure is a warning, the
 * results stay in this store either way.
 */
function fileInHistory(session: Session): void {
  // Without IndexedDB (some private modes, jsdom) the history page says so when opened.
  if (typeof indexedDB === "undefined") return;
  void import("./load-history.ts")
    .then(({ fileInHistory: file }) => file(session, (text) => useSessionStore.getState().actions.notify(text, "warning")))
    .catch((error: unknown) =>
      useSessionStore
        .getState()
        .actions.notify(`Could not save this session to history: ${error instanceof Error ? error.message : String(error)}`, "warning"),
    );
}

/** Notice from `migrate`, shown by `merge` (persist calls them one after the other). */
let migrationNotice: string | null = null;

const safeStorage = createSafeStorage(
  (failure) => {
    if (useSessionStore.getState().storageWarning === null) {
      useSessionStore.setState({ storageWarning: STORAGE_MESSAGES[failure] });
    }
  },
  () => useSessionStore.setState({ storageWarning: null }),
);

/** JSON over the safe storage; text that is not JSON reads as a damaged blob, which `merge` reports. */
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
    void safeStorage.setItem(name, JSON.stringify(value));
  },
  removeItem(name) {
    void safeStorage.removeItem(name);
  },
};

export const useSessionStore = create<SessionState & { actions: SessionActions }>()(
  persist(
    (set, get) => ({
      current: null,
      finished: {},
      notice: null,
      storageWarning: null,
      actions: {
        start(config, questions, at = Date.now()) {
          const previous = get().current;
          if (previous) get().actions.finish(at);
          const session = createSession(config, questions, { id: newSessionId(), at });
          set({ current: session });
          get().actions.heartbeat(at);
          return session;
        },
        send(event) {
          const current = get().current;
          if (!current) return;
          const next = transition(current, event);
          if (next !== current) set({ current: next });
        },
        finish(at = Date.now()) {
          const current = get().current;
          if (!current) return undefined;
          const done = transition(current, { type: "finished", at });
          set((state) => ({ current: null, finished: { ...state.finished, [done.id]: done } }));
          fileInHistory(done);
          return done.id;
        },
        regrade(sessionId, questionId, grade, at = Date.now()) {
          const session = get().finished[sessionId];
          if (!session) return;
          const next = transition(session, { type: "regraded", at, questionId, grade });
          if (next === session) return;
          set((state) => ({ finished: { ...state.finished, [sessionId]: next } }));
          fileInHistory(next);
        },
        checkAbsence(now = Date.now(), lastSeenAt = readHeartbeat()) {
          const current = get().current;
          if (!current || lastSeenAt === null) return;
          const { session, awayMs, pausedNow } = resumeAfterAbsence(current, now, lastSeenAt);
          if (pausedNow) {
            set({
              current: session,
              notice: makeNotice(`Paused while you were away (${formatDuration(awayMs)}). Resume when you are ready.`),
            });
          }
        },
        heartbeat(now = Date.now()) {
          try {
            localStorage.setItem(HEARTBEAT_KEY, String(now));
          } catch {
            // the storage warning comes from the session writes; a lost heartbeat only pauses earlier
          }
        },
        notify(text, tone = "info") {
          set({ notice: makeNotice(text, tone) });
        },
        dismissNotice() {
          set({ notice: null });
        },
      },
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: SESSION_STATE_VERSION,
      storage: jsonStorage,
      partialize: (state): PersistedSessionState => ({ current: state.current, finished: state.finished }),
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
        const merged = { ...current, ...state, notice: text ? makeNotice(text, "warning") : current.notice };
        const resumed = pausedAfterReload(merged, Date.now());
        if (resumed.notice && text) resumed.notice = makeNotice(`${text} ${resumed.notice.text}`, "warning");
        return { ...merged, ...resumed };
      },
    },
  ),
);

/** The stable actions object: selecting it never re-renders anything. */
export function useSessionActions(): SessionActions {
  return useSessionStore((state) => state.actions);
}

export const selectOpenSession = (state: SessionState): Session | null => state.current;
export const selectNotice = (state: SessionState): AppNotice | null => state.notice;
export const selectStorageWarning = (state: SessionState): string | null => state.storageWarning;
