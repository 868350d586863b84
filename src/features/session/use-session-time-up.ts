import { useEffect, useRef } from "react";

/**
 * With "end the session" at its total limit: once the screen's clock reaches `endsAt`
 * (`sessionEndsAt`), ends the session there, once. `end` gets the moment the limit was reached,
 * not the moment it was noticed.
 */
export function useSessionTimeUp(endsAt: number | null, now: number, end: (at: number) => void): void {
  const ended = useRef(false);
  const due = endsAt !== null && endsAt <= now;
  useEffect(() => {
    if (!due || endsAt === null || ended.current) return;
    ended.current = true;
    end(endsAt);
  }, [due, endsAt, end]);
}
