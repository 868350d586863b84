import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { Session } from "../interview/session-types.ts";
import { afterPageIdle } from "./page-idle.ts";
import type * as SessionStore from "./session-store.ts";
import { hasSavedSessions } from "./stored-data.ts";

type SessionStoreModule = typeof SessionStore;

let loaded: SessionStoreModule | null = null;
let pending: Promise<SessionStoreModule> | null = null;
/** Screens waiting for the page to be idle, told at once if something else loads the store first. */
const waitingForIdle = new Set<(module: SessionStoreModule) => void>();

/**
 * The session store, loaded on demand. It brings the session rules and the validation of saved
 * data, which the setup page does not need for its first paint: screens that start from there
 * (setup, the shell's notices) load it right after, routes that need it await it.
 */
export function loadSessionStore(): Promise<SessionStoreModule> {
  pending ??= import("./session-store.ts").then((module) => {
    loaded = module;
    for (const resolve of waitingForIdle) resolve(module);
    waitingForIdle.clear();
    return module;
  });
  return pending;
}

/**
 * The session store for a screen that shows what it holds (setup's resume banner, the notices): at
 * once when something is saved, else once the page is idle (or sooner, when the person starts a
 * session, which loads it), since until then there is nothing to show.
 */
export function loadSessionStoreWhenShown(): Promise<SessionStoreModule> {
  if (loaded !== null || pending !== null || hasSavedSessions()) return loadSessionStore();
  return new Promise((resolve, reject) => {
    waitingForIdle.add(resolve);
    afterPageIdle(() => loadSessionStore().then(resolve, reject));
  });
}

/** The session store module if it has loaded already (event handlers on screens it rendered). */
export function loadedSessionStore(): SessionStoreModule | null {
  return loaded;
}

const noSubscription = () => () => undefined;

/**
 * The session store module once it has loaded (null before), for a screen that shows what it
 * holds: see `loadSessionStoreWhenShown`. A route that loads it first gets it on the first render.
 */
export function useLoadedSessionStore(): SessionStoreModule | null {
  const [store, setStore] = useState(loaded);
  useEffect(() => {
    if (store) return undefined;
    let active = true;
    void loadSessionStoreWhenShown().then((module) => {
      if (active) setStore(module);
    });
    return () => {
      active = false;
    };
  }, [store]);
  return store;
}

/** A value read from the session store once it has loaded (`fallback` before). */
function useAfterLoad<T>(read: (store: SessionStoreModule) => T, fallback: T): T {
  const store = useLoadedSessionStore();
  const subscribe = useCallback(
    (onChange: () => void) => (store ? store.useSessionStore.subscribe(onChange) : noSubscription()),
    [store],
  );
  const get = () => (store ? read(store) : fallback);
  return useSyncExternalStore(subscribe, get, get);
}

const readResumable = (store: SessionStoreModule) => store.selectResumableSession(store.useSessionStore.getState());
const readTabSessionId = (store: SessionStoreModule) => store.useSessionStore.getState().currentId;

/**
 * The session setup offers to resume once the store has loaded (null before, and when there is
 * none): this tab's own, else the latest one left open by a tab since closed. Never a session
 * another tab is running.
 */
export function useOpenSessionAfterLoad(): Session | null {
  return useAfterLoad(readResumable, null);
}

/** The id of the session this tab runs, once the store has loaded (null before, and when none). */
export function useTabSessionIdAfterLoad(): string | null {
  return useAfterLoad(readTabSessionId, null);
}
