import { useId } from "react";
import type { Session } from "../../interview/session-types.ts";
import { selectResumableSession, useSessionStore } from "../../store/session-store.ts";
import { countLabel } from "../../ui/count-label.ts";
import { usePractiseAgain } from "./use-practise-again.ts";

export interface PractiseAgainButtonProps {
  session: Session;
}

/** Starts a new session from the missed and flagged questions; disabled, with the reason, when there are none. */
export function PractiseAgainButton({ session }: PractiseAgainButtonProps) {
  const { questionIds, starting, problem, practiseAgain } = usePractiseAgain(session);
  const hintId = useId();
  const none = questionIds.length === 0;
  const sessionOpen = useSessionStore((state) => selectResumableSession(state) !== null);
  return (
    <div className="practise-again">
      <button
        type="button"
        className="button"
        disabled={none || starting}
        aria-describedby={hintId}
        onClick={() => void practiseAgain()}
      >
        Practise again: missed and flagged
      </button>
      <p id={hintId} className="meta practise-again__hint">
        {none
          ? "Nothing to practise again: no question was missed, partly answered, left without a grade or flagged."
          : `${countLabel(questionIds.length, "question")} graded Missed or Partial, not answered (skipped or out of time without a grade) or flagged.`}
        {!none && sessionOpen ? " Starting finishes the session you have open; its results are kept." : null}
      </p>
      {problem === null ? null : (
        <p role="alert" className="practise-again__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
