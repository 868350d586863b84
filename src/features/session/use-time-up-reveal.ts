import { useEffect } from "react";
import type { SessionEvent } from "../../interview/session-machine.ts";

export interface TimeUpRevealOptions {
  /** The clock shows time up, the session is set to reveal then, and the answer is still hidden. */
  due: boolean;
  questionId: string;
  send: (event: SessionEvent) => void;
}

/**
 * With "reveal at time-up", tells the machine the time ran out once the screen sees it. The
 * machine checks the limit against the event's own time and reveals; it ignores a stale one.
 */
export function useTimeUpReveal({ due, questionId, send }: TimeUpRevealOptions): void {
  useEffect(() => {
    if (due) send({ type: "timedOut", at: Date.now(), questionId });
  }, [due, questionId, send]);
}
