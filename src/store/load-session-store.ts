import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { Session } from "../interview/session-types.ts";
import type * as SessionStore from "./session-store.ts";

type SessionStoreModule = typeof SessionStore;

let loaded: SessionStoreModule | null = null;
let pending: Promise<SessionStoreModule> | null = null;

/**
 * The session store, loaded on demand. It brings the session rules and the validation of saved
 * data, which the setup page does not need for its first paint: screens that start from there
 * (setup, the shell's notices) load it right after, routes that need it await it.
 */
export function loadSessionStore(): Promise<SessionStoreModule> {
  pending ??= import("./session-store.ts").then((module) => (loaded = module));
  return pending;
}

const noSubscription = () => () => undefined;

/** The open session once the store has loaded (null before, and when none is open). */
export function useOpenSessionAfterLoad(): Session | null {
  const [store, setStore] = useState(loaded);
  useEffect(() => {
    if (store) return undefined;
    let active = true;
    void loadSessionStore().then((module) => {
      if (active) setStore(module);
    });
    return () => {
      active = false;
    };
  }, [store]);
  const subscribe = useCallback(
    (onChange: () => void) => (store ? store.useSessionStore.subscribe(onChange) : noSubscription()),
    [store],
  );
  const read = () => (store ? store.useSessionStore.getState().current : null);
  return useSyncExternalStore(subscribe, read, read);
}
