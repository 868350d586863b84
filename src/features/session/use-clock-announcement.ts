import { useState } from "react";
import type { ClockPhase } from "../../interview/timer.ts";

export const ONE_MINUTE_LEFT = "One minute left";
export const TIME_IS_UP = "Time is up";

/** What to say when a clock crosses from one phase into the next; nothing for other changes. */
function announcementFor(previous: ClockPhase, next: ClockPhase): string | null {
  if (previous === "running" && next === "last-minute") return ONE_MINUTE_LEFT;
  if ((previous === "running" || previous === "last-minute") && next === "time-up") return TIME_IS_UP;
  return null;
}

interface Tracked {
  questionId: string;
  phase: ClockPhase;
  message: string;
}

/**
 * The text of the polite status region beside the clock: "One minute left" and "Time is up",
 * each said once per question, when the clock crosses into that phase while the person is on
 * it, never every second. Arriving at a question already over time (going back, a reload) says
 * nothing. Derived while rendering, from the previous phase kept in state.
 */
export function useClockAnnouncement(questionId: string, phase: ClockPhase): string {
  const [tracked, setTracked] = useState<Tracked>({ questionId, phase, message: "" });
  if (tracked.questionId !== questionId) {
    setTracked({ questionId, phase, message: "" });
  } else if (tracked.phase !== phase) {
    setTracked({ questionId, phase, message: announcementFor(tracked.phase, phase) ?? tracked.message });
  }
  return tracked.questionId === questionId ? tracked.message : "";
}
