import { clockPhase, formatClock, formatStopwatch, type ClockPhase } from "../../interview/timer.ts";
import type { TimerTone } from "../../ui/timer-face.tsx";

/** What one clock face shows, derived from a limit and the time spent so far. */
export interface ClockView {
  phase: ClockPhase;
  time: string;
  tone: TimerTone;
  /** Said in words next to the digits, so the state never relies on colour alone. */
  note?: string;
}

const TONES: Record<ClockPhase, TimerTone> = {
  none: "stopwatch",
  running: "normal",
  "last-minute": "warning",
  "time-up": "over",
};

/** A countdown against `limitMs` that turns into "+m:ss" overrun; a stopwatch when there is no limit. */
export function clockView(limitMs: number | null, elapsedMs: number): ClockView {
  const phase = clockPhase(limitMs, elapsedMs);
  const time = limitMs === null ? formatStopwatch(elapsedMs) : formatClock(limitMs - elapsedMs);
  return phase === "time-up" ? { phase, time, tone: TONES[phase], note: "Over time" } : { phase, time, tone: TONES[phase] };
}
