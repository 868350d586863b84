/**
 * Whether the first-run guide shows: on a first visit (nothing saved under the key), until the
 * person dismisses it; "How Rehearse works" in the footer brings it back. Kept tiny and free of
 * React: the footer, on every screen, needs only this.
 *
 * A small external store: the footer (in the shell) and the setup screen share it.
 */
export const FIRST_RUN_DISMISSED_KEY = "rehearse.firstRun.dismissed";

const listeners = new Set<() => void>();
/** Where the dismissal lives when the browser does not let us write storage: this visit only. */
let dismissedInMemory = false;
/** Bumped on every change, so a subscriber can tell that something happened. */
let version = 0;
/** Set by the footer link: the guide takes focus when it next renders. */
let focusRequested = false;

function notify() {
  version += 1;
  for (const listener of listeners) listener();
}

export function subscribeFirstRun(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function firstRunVersion(): number {
  return version;
}

/** True when the guide should show. Reads storage each time: a cheap, synchronous getItem. */
export function isFirstRunGuideOpen(): boolean {
  try {
    return localStorage.getItem(FIRST_RUN_DISMISSED_KEY) === null;
  } catch {
    return !dismissedInMemory;
  }
}

/** Hides the guide for good (until reopened from the footer). */
export function dismissFirstRunGuide(): void {
  try {
    localStorage.setItem(FIRST_RUN_DISMISSED_KEY, "true");
  } catch {
    dismissedInMemory = true;
  }
  focusRequested = false;
  notify();
}

/** Shows the guide again and asks it to take focus, so a keyboard or screen reader user lands on it. */
export function reopenFirstRunGuide(): void {
  try {
    localStorage.removeItem(FIRST_RUN_DISMISSED_KEY);
  } catch {
    // storage blocked: only the in-memory flag holds the dismissal
  }
  dismissedInMemory = false;
  focusRequested = true;
  notify();
}

/** True once after `reopenFirstRunGuide`: the guide moves focus to itself, and only then. */
export function takeFirstRunFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}
