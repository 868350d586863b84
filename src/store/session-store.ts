import { create } from "zustand";
import type { Question } from "../deck/deck-types.ts";
import { createSession, transition, type SessionEvent } from "../interview/session-machine.ts";
import {
  lastChange,
  mergeSession,
  pickResumable,
  pruneSavedSessions,
  restoredAfterClear,
  stampChange,
} from "../interview/session-merge.ts";
import type { Grade, Session, SessionConfig } from "../interview/session-types.ts";
import { resumeAfterAbsence } from "../interview/timer.ts";
import { formatDuration } from "../lib/format-duration.ts";
import { fileInHistory } from "./file-in-history.ts";
import { notify, useNoticeStore } from "./notice-store.ts";
import { createSessionSync, type SyncedSessionState } from "./session-sync.ts";
import { pausedNotice, readLastSeenAt, settle, writeHeartbeat } from "./tab-presence.ts";

export { SESSION_STORAGE_KEY } from "./storage-keys.ts";

export type SessionState = SyncedSessionState;

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
  /** Brings a finished session from history back into the results (it stands even after "Delete all data"). */
  restoreFinished(session: Session, at?: number): void;
  /** Records that these finished copies are in the IndexedDB history; older filed results then leave localStorage. */
  markFiled(copies: readonly Session[]): void;
  /** Changes a grade of a finished session. */
  regrade(sessionId: string, questionId: string, grade: Grade, at?: number): void;
  /** Makes the session setup offers this tab's own, paused where it was left; false when it is not the one offered. */
  resume(sessionId: string, at?: number): boolean;
  /** Deletes every finished session's results, here and in the other tabs. */
  clearResults(at?: number): void;
  /** Applies the absence rule now (tab shown again, laptop woke up). */
  checkAbsence(now?: number, lastSeenAt?: number | null): void;
  /** Remembers that the person is here, for the absence rule. */
  heartbeat(now?: number): void;
  /** Asks the browser again which open sessions other tabs run. */
  refreshTabs(): Promise<void>;
}

function newSessionId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function without(sessions: Record<string, Session>, id: string): Record<string, Session> {
  const { [id]: _removed, ...rest } = sessions;
  return rest;
}

const sync = createSessionSync();

/**
 * The session store: state and actions that call the pure `transition`. It sets `current` (this
 * tab's session) and `currentId`; the sync middleware saves, merges with other tabs and claims.
 * Importing it does nothing else: `startSessionSync()` (called by `loadSessionStore`) starts that.
 */
export const useSessionStore = create<SessionState & { actions: SessionActions }>()(
  sync.middleware((set, get) => {
    /** Finishes an open session (this tab's, or one a closed tab left) and files it. */
    function finishOpen(session: Session, at: number): Session {
      const own = get().currentId === session.id;
      const settled = own ? session : settle(session, at).session;
      const done = stampChange(settled, transition(settled, { type: "finished", at }), at);
      set((state) => ({
        open: without(state.open, session.id),
        finished: { ...state.finished, [done.id]: done },
        ...(own ? { currentId: null, current: null } : {}),
      }));
      if (own) useNoticeStore.getState().actions.sessionEnded();
      fileInHistory(done, (filed) => get().actions.markFiled([filed]));
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
      actions: {
        start(config, questions, at = Date.now()) {
          const replaced = selectResumableSession(get());
          if (replaced) finishOpen(replaced, at);
          const session = stampChange(null, createSession(config, questions, { id: newSessionId(), at }), at);
          set({ currentId: session.id, current: session });
          get().actions.heartbeat(at);
          return session;
        },
        send(event) {
          const current = get().current;
          if (!current) return;
          const next = transition(current, event);
          if (next !== current) set({ current: stampChange(current, next, event.at) });
        },
        finish(at = Date.now()) {
          const current = get().current;
          return current ? finishOpen(current, at).id : undefined;
        },
        restoreFinished(session, at = Date.now()) {
          if (session.finishedAt === undefined) return;
          const { finished, filed, clearedAt } = get();
          const known = Object.hasOwn(finished, session.id) ? finished[session.id] : undefined;
          const restored = restoredAfterClear(session, clearedAt, at);
          if (known === undefined) {
            // Opened from history: a recent result again, and filed as it is, since history is where it came from.
            const opened = { ...restored, updatedAt: Math.max(lastChange(restored), at) };
            const filedAt = Object.hasOwn(filed, session.id) ? (filed[session.id] ?? 0) : 0;
            set({
              finished: { ...finished, [session.id]: opened },
              filed: { ...filed, [session.id]: Math.max(filedAt, lastChange(opened)) },
            });
            return;
          }
          const merged = mergeSession(known, restored);
          if (merged !== known) set({ finished: { ...finished, [session.id]: merged } });
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
          if (filed !== null) set(pruneSavedSessions({ ...state, filed }));
        },
        regrade(sessionId, questionId, grade, at = Date.now()) {
          const { finished } = get();
          const session = Object.hasOwn(finished, sessionId) ? finished[sessionId] : undefined;
          if (!session) return;
          const next = transition(session, { type: "regraded", at, questionId, grade });
          if (next === session) return;
          const stamped = stampChange(session, next, at);
          set({ finished: { ...finished, [sessionId]: stamped } });
          fileInHistory(stamped, (filed) => get().actions.markFiled([filed]));
        },
        resume(sessionId, at = Date.now()) {
          const state = get();
          if (state.currentId === sessionId && state.current !== null) return true;
          const offered = selectResumableSession(state);
          if (offered === null || offered.id !== sessionId) return false;
          const { session, awayMs, pausedNow } = settle(offered, at);
          set({ currentId: sessionId, current: session });
          if (pausedNow) notify(pausedNotice(awayMs), "info", { aboutSession: true });
          return true;
        },
        clearResults(at = Date.now()) {
          set((state) => ({ finished: {}, clearedAt: Math.max(at, state.clearedAt ?? 0) }));
        },
        checkAbsence(now = Date.now(), lastSeenAt) {
          const current = get().current;
          if (!current) return;
          const seen = lastSeenAt === undefined ? readLastSeenAt(current.id) : lastSeenAt;
          if (seen === null) return;
          const { session, awayMs, pausedNow } = resumeAfterAbsence(current, now, seen);
          if (!pausedNow) return;
          set({ current: stampChange(current, session, now) });
          notify(`Paused while you were away (${formatDuration(awayMs)}). Resume when you are ready.`, "info", {
            aboutSession: true,
          });
        },
        heartbeat(now = Date.now()) {
          const { currentId, open } = get();
          if (currentId !== null) writeHeartbeat(currentId, new Set(Object.keys(open)), now);
        },
        refreshTabs: () => sync.refreshTabs(),
      },
    };
  }),
);

/**
 * Reads the saved sessions in, claims this tab's and follows the other tabs. Called once, by
 * `loadSessionStore` (main.tsx calls that at startup); returns the stop (tests).
 */
export const startSessionSync = (): (() => void) => sync.start();

/** The stable actions object: selecting it never re-renders anything. */
export function useSessionActions(): SessionActions {
  return useSessionStore((state) => state.actions);
}

export const selectOpenSession = (state: SessionState): Session | null => state.current;

/** The session setup offers to resume, and that starting another finishes: see `pickResumable`. */
export const selectResumableSession = (state: SessionState): Session | null =>
  state.current ?? pickResumable(state.open, { ownId: state.currentId, busyElsewhere: state.busyElsewhere });
