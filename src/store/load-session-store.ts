import { useEffect } from "react";
import { create, createStore, useStore } from "zustand";
import type { Session } from "../interview/session-types.ts";
import type * as SessionStore from "./session-store.ts";

type SessionStoreModule = typeof SessionStore;

/**
 * The rule for lazy stores: a store that the setup page's first paint does not need (the session
 * store brings the session rules and the validation of saved data) is reached from the setup page
 * and the shell only through its loader (`loadX()`, and hooks that read it once loaded); screens
 * behind a route whose loader awaits it (`/session`, `/results/…`) import it statically. The
 * loader also starts it (storage, claims, tab sync), once: importing a store does nothing.
 */
const useLoaded = create<{ module: SessionStoreModule | null }>()(() => ({ module: null }));

let pending: Promise<SessionStoreModule> | null = null;

/** Loads the session store and starts its sync (main.tsx at startup; routes that need it await it). */
export function loadSessionStore(): Promise<SessionStoreModule> {
  pending ??= import("./session-store.ts").then((module) => {
    module.startSessionSync();
    useLoaded.setState({ module });
    return module;
  });
  return pending;
}

/** The session store module if it has loaded already (event handlers on screens it rendered). */
export function loadedSessionStore(): SessionStoreModule | null {
  return useLoaded.getState().module;
}

type SessionStoreState = ReturnType<SessionStoreModule["useSessionStore"]["getState"]>;
/** Stands in for the session store until it has loaded. */
const notLoaded = createStore<SessionStoreState | null>()(() => null);

/** A value read from the session store once it has loaded (`fallback` before). */
function useAfterLoad<T>(read: (state: SessionStoreState, module: SessionStoreModule) => T, fallback: T): T {
  const module = useLoaded((state) => state.module);
  useEffect(() => {
    if (module === null) void loadSessionStore();
  }, [module]);
  const store = (module?.useSessionStore ?? notLoaded) as typeof notLoaded;
  return useStore(store, (state) => (state === null || module === null ? fallback : read(state, module)));
}

/**
 * The session setup offers to resume once the store has loaded (null before, and when there is
 * none): this tab's own, else the latest one left open by a tab since closed. Never a session
 * another tab is running.
 */
export function useOpenSessionAfterLoad(): Session | null {
  return useAfterLoad((state, module) => module.selectResumableSession(state), null);
}

/** The id of the session this tab runs, once the store has loaded (null before, and when none). */
export function useTabSessionIdAfterLoad(): string | null {
  return useAfterLoad((state) => state.currentId, null);
}
