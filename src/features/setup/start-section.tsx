import { useRef, useState } from "react";
import type { Session, SessionConfig } from "../../interview/session-types.ts";
import { sessionPosition } from "./resume-banner.tsx";
import { useStartSession } from "./use-start-session.ts";

export interface StartSectionProps {
  config: SessionConfig;
  /** Why the session cannot start; null when it can. */
  blockedReason: string | null;
  openSession: Session | null;
}

/**
 * The "Start session" button, disabled with the reason when nothing matches. With a session
 * open it asks first: starting finishes the open one, whose results are kept.
 */
export function StartSection({ config, blockedReason, openSession }: StartSectionProps) {
  const { starting, problem, start, prefetch } = useStartSession();
  const [confirming, setConfirming] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);

  function requestStart() {
    if (blockedReason !== null || starting) return;
    if (openSession !== null && !confirming) setConfirming(true);
    else void start(config);
  }

  function cancel() {
    setConfirming(false);
    startButton.current?.focus();
  }

  return (
    <div className="setup-start">
      <button
        ref={startButton}
        type="button"
        className="button"
        disabled={blockedReason !== null || starting}
        aria-describedby={blockedReason !== null ? "start-reason" : undefined}
        onPointerEnter={() => prefetch(config.deckIds)}
        onFocus={() => prefetch(config.deckIds)}
        onClick={requestStart}
      >
        {starting ? "Starting…" : "Start session"}
      </button>
      {blockedReason !== null ? (
        <p id="start-reason" className="setup-start__reason">
          {blockedReason}
        </p>
      ) : null}
      {confirming && openSession !== null && blockedReason === null ? (
        <div className="setup-confirm">
          <p id="start-confirm-text">
            A session is already open ({sessionPosition(openSession)}). Starting a new one finishes it; its results are
            kept.
          </p>
          <p className="setup-inline-actions">
            <button
              type="button"
              className="button"
              autoFocus
              aria-describedby="start-confirm-text"
              disabled={starting}
              onClick={() => void start(config)}
            >
              Finish it and start
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
      {problem !== null ? (
        <p role="alert" className="setup-start__problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
