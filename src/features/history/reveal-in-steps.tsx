import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from "react";
import { useLocation } from "@tanstack/react-router";

/** How many steps have been revealed (everything outside a RevealInSteps). */
const Revealed = createContext(Number.POSITIVE_INFINITY);

/** sessionStorage: the history entries (the router's keys) this tab has shown a stepped page in. */
const SHOWN_ENTRIES_KEY = "rehearse.steppedPages";
/** Enough for any back-and-forth; the oldest are forgotten first. */
const SHOWN_ENTRIES_MAX = 50;

function shownEntries(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(SHOWN_ENTRIES_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === "string") : [];
  } catch {
    return [];
  }
}

function rememberShown(key: string): void {
  const keys = shownEntries().filter((known) => known !== key);
  keys.push(key);
  try {
    sessionStorage.setItem(SHOWN_ENTRIES_KEY, JSON.stringify(keys.slice(-SHOWN_ENTRIES_MAX)));
  } catch {
    // Storage blocked: a later visit to this entry renders stepped too, and may lose its position.
  }
}

/**
 * Whether the page may open away from its top: at a section the link names (`#…`), or at the
 * position the router restores on coming back to a history entry shown before (Back from a
 * session's results, a reload). Then the whole page must be there at once, or the position would
 * be cut short. (Asking the router for the saved position would add its code to every page's
 * first bundle; a new entry never has one.)
 */
export function useOpensMidPage(): boolean {
  const key = useLocation({ select: (location) => location.state.__TSR_key });
  const hash = useLocation({ select: (location) => location.hash });
  const [shownBefore] = useState(() => key === undefined || shownEntries().includes(key));
  useEffect(() => {
    if (key !== undefined) rememberShown(key);
  }, [key]);
  return shownBefore || hash !== "";
}

export interface RevealInStepsProps {
  /** How many `Later` steps there are. */
  steps: number;
  /** Render every step at once (a page opened mid-way, see useOpensMidPage). */
  all: boolean;
  children: ReactNode;
}

/**
 * A page whose first screen paints before the rest of it renders: what is inside `Later` boxes
 * is rendered after the first paint, one step per commit, each as a transition (rendered in
 * slices, the browser let in between). A long page's thousands of elements are then neither work
 * done before the first paint nor one long task after it. Steps only add content below what is
 * already there, so nothing on screen moves.
 */
export function RevealInSteps({ steps, all, children }: RevealInStepsProps) {
  const [revealed, setRevealed] = useState(() => (all ? steps : 0));
  useEffect(() => {
    if (revealed >= steps) return;
    startTransition(() => setRevealed((current) => current + 1));
  }, [revealed, steps]);
  // Children are the same elements on each step: React re-renders only the Later boxes.
  return <Revealed value={revealed}>{children}</Revealed>;
}

/** Content rendered once step `step` (1, 2, …) of the enclosing RevealInSteps has come. */
export function Later({ step, children }: { step: number; children: ReactNode }) {
  return useContext(Revealed) >= step ? children : null;
}
