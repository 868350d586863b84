import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";

/**
 * Whether a new version of the app is installed and waiting. The service-worker registration
 * (src/main.tsx, loaded after the page) signals it; <UpdatePrompt /> reads it with
 * `useUpdateState()`.
 */
export interface UpdateState {
  /** A new version is waiting; it takes over only when the person asks for it. */
  readonly available: boolean;
  /** Activates the waiting version and reloads the page; null until an update is signalled. */
  readonly apply: (() => Promise<void>) | null;
}

const idle: UpdateState = { available: false, apply: null };

/** Vanilla: the registration that writes it runs outside React. */
const updateStore = createStore<UpdateState>()(() => idle);

/** Called by the registration when a new version has installed and waits for the page to let it in. */
export function signalUpdateAvailable(apply: () => Promise<void>): void {
  updateStore.setState({ available: true, apply });
}

/** What the update prompt shows; re-renders when an update is signalled. */
export function useUpdateState(): UpdateState {
  return useStore(updateStore);
}

/** Back to "nothing waiting" (tests). */
export function resetUpdateState(): void {
  updateStore.setState(idle, true);
}
