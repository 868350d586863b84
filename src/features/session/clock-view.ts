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
  stopped: "stopped",
};

/**
 * A countdown against `limitMs` that turns into "+m:ss" overrun; a stopwatch when there is no
 * limit. Once `stopped` (Done or Reveal), the answer time itself, frozen: the very figure the
 * results show for the question ("0:42 of 3:00").
 */
export function clockView(limitMs: number | null, elapsedMs: number, stopped = false): ClockView {
  if (stopped) {
    const overMs = limitMs === null ? 0 : elapsedMs - limitMs;
    const time = formatStopwatch(elapsedMs);
    return overMs > 0
      ? { phase: "stopped", time, tone: "over", note: `Stopped, over by ${formatStopwatch(overMs)}` }
      : { phase: "stopped", time, tone: TONES.stopped, note: "Stopped" };
  }
  const phase = clockPhase(limitMs, elapsedMs);
  const time = limitMs === null ? formatStopwatch(elapsedMs) : formatClock(limitMs - elapsedMs);
  return phase === "time-up" ? { phase, time, tone: TONES[phase], note: "Over time" } : { phase, time, tone: TONES[phase] };
}
