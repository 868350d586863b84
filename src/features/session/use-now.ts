import { useEffect, useState } from "react";

/** How often a visible clock redraws: often enough that seconds never look stuck. */
export const CLOCK_REDRAW_MS = 250;

/**
 * The current time, refreshed every `intervalMs` while `running`. Only this component re-renders:
 * nothing ticks into the store, and what the clock shows is derived from stored timestamps, so a
 * throttled background tab or a sleeping laptop cannot make it drift.
 */
export function useNow(running: boolean, intervalMs = CLOCK_REDRAW_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, intervalMs);
    // Redraw at once too: the value may be stale after a pause or a question change.
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(id);
      clearTimeout(first);
    };
  }, [running, intervalMs]);
  return now;
}
