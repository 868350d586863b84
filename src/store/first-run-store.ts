import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";

/**
 * Whether the first-run guide shows: on a first visit (nothing saved under the key), until the
 * person dismisses it or finishes a session; "How Rehearse works" in the footer brings it back.
 * Kept tiny: the footer, on every screen, needs only this. The dismissal itself lives in
 * localStorage (read on each check, a cheap synchronous getItem, so another tab's or a test's
 * change is seen); the store holds what changes with it: a version that the screens follow, and
 * whether the guide should take focus when it next renders.
 */
export const FIRST_RUN_DISMISSED_KEY = "rehearse.firstRun.dismissed";

interface FirstRunState {
  /** Bumped on every dismissal or reopening, so a subscriber can tell that something happened. */
  version: number;
  /** Set by the footer link: the guide takes focus when it next renders. */
  focusRequested: boolean;
  /** Where the dismissal lives when the browser does not let us write storage: this visit only. */
  dismissedInMemory: boolean;
}

const firstRunStore = createStore<FirstRunState>()(() => ({ version: 0, focusRequested: false, dismissedInMemory: false }));

/** True when the guide should show. */
export function isFirstRunGuideOpen(): boolean {
  try {
    return localStorage.getItem(FIRST_RUN_DISMISSED_KEY) === null;
  } catch {
    return !firstRunStore.getState().dismissedInMemory;
  }
}

/** Hides the guide for good (until reopened from the footer). */
export function dismissFirstRunGuide(): void {
  let dismissedInMemory = firstRunStore.getState().dismissedInMemory;
  try {
    localStorage.setItem(FIRST_RUN_DISMISSED_KEY, "true");
  } catch {
    dismissedInMemory = true;
  }
  firstRunStore.setState((state) => ({ version: state.version + 1, focusRequested: false, dismissedInMemory }));
}

/** Shows the guide again and asks it to take focus, so a keyboard or screen reader user lands on it. */
export function reopenFirstRunGuide(): void {
  try {
    localStorage.removeItem(FIRST_RUN_DISMISSED_KEY);
  } catch {
    // storage blocked: only the in-memory flag holds the dismissal
  }
  firstRunStore.setState((state) => ({ version: state.version + 1, focusRequested: true, dismissedInMemory: false }));
}

/** True once after `reopenFirstRunGuide`: the guide moves focus to itself, and only then. */
export function takeFirstRunFocusRequest(): boolean {
  const requested = firstRunStore.getState().focusRequested;
  if (requested) firstRunStore.setState({ focusRequested: false });
  return requested;
}

/** Whether the first-run guide shows; read again on every dismissal or reopening. */
export function useFirstRunGuideOpen(): boolean {
  return useStore(firstRunStore, isFirstRunGuideOpen);
}

/** Changes each time the guide is dismissed or reopened (a reopening may ask the guide for focus). */
export function useFirstRunVersion(): number {
  return useStore(firstRunStore, (state) => state.version);
}
