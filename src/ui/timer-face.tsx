/** How a clock looks: counting down, in its last minute, past its limit, counting up with no limit, or stopped. */
export type TimerTone = "normal" | "warning" | "over" | "stopwatch" | "stopped";

export interface TimerFaceProps {
  /** Accessible name of the clock, e.g. "Time left for this question". */
  label: string;
  /** Short visible caption above the digits, e.g. "Question". */
  caption: string;
  /** The digits as shown: "2:59", "+0:05". */
  time: string;
  tone?: TimerTone;
  /** A word next to the digits that does not rely on colour, e.g. "Over time". */
  note?: string;
}

/**
 * A clock face. `role="timer"` is not a live region by default, so screen readers read it on
 * request rather than every second; announcements belong in a separate status region.
 */
export function TimerFace({ label, caption, time, tone = "normal", note }: TimerFaceProps) {
  return (
    <div className={`timer-face timer-face--${tone}`}>
      <span className="timer-face__caption" aria-hidden="true">
        {caption}
      </span>
      <span className="timer-face__time" role="timer" aria-label={label}>
        {time}
        {note ? <span className="timer-face__note"> {note}</span> : null}
      </span>
    </div>
  );
}
