/**
 * Whether a new version of the app is installed and waiting. The service-worker registration
 * (src/main.tsx, loaded after the page) signals it; <UpdatePrompt /> reads it through
 * `useSyncExternalStore`. A module-level store, not zustand: the shell's first paint stays small.
 */
export interface UpdateState {
  /** A new version is waiting; it takes over only when the person asks for it. */
  readonly available: boolean;
  /** Activates the waiting version and reloads the page; null until an update is signalled. */
  readonly apply: (() => Promise<void>) | null;
}

const idle: UpdateState = { available: false, apply: null };
let state: UpdateState = idle;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/** Called by the registration when a new version has installed and waits for the page to let it in. */
export function signalUpdateAvailable(apply: () => Promise<void>): void {
  state = { available: true, apply };
  emit();
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getUpdateState(): UpdateState {
  return state;
}

/** Back to "nothing waiting" (tests). */
export function resetUpdateState(): void {
  state = idle;
  emit();
}
