import { useId, useRef, useState } from "react";
import type { Session, SessionConfig } from "../../interview/session-types.ts";
import { sessionPosition } from "./resume-banner.tsx";
import { useStartSession } from "./use-start-session.ts";

export interface StartSectionProps {
  config: SessionConfig;
  /** Why the session cannot start; null when it can. */
  blockedReason: string | null;
  openSession: Session | null;
  /** The button's words: "Start session" at the end of the form, shorter at its top. */
  label?: string;
  /** Called as the session starts (setup remembers its settings). */
  onStart?: () => void;
}

/**
 * The "Start session" button, disabled with the reason when nothing matches. With a session
 * open it asks first: starting finishes the open one, whose results are kept.
 */
export function StartSection({ config, blockedReason, openSession, label = "Start session", onStart }: StartSectionProps) {
  const { starting, problem, start: startSession, prefetch } = useStartSession();
  const id = useId();
  const start = (chosen: SessionConfig) => {
    onStart?.();
    return startSession(chosen);
  };
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
        aria-describedby={blockedReason !== null ? `${id}-reason` : undefined}
        onPointerEnter={() => prefetch(config.deckIds)}
        onFocus={() => prefetch(config.deckIds)}
        onClick={requestStart}
      >
        {starting ? "Starting…" : label}
      </button>
      {blockedReason !== null ? (
        <p id={`${id}-reason`} className="setup-start__reason">
          {blockedReason}
        </p>
      ) : null}
      {confirming && openSession !== null && blockedReason === null ? (
        <div className="setup-confirm">
          <p id={`${id}-confirm-text`}>
            A session is already open ({sessionPosition(openSession)}). Starting a new one finishes it; its results are
            kept.
          </p>
          <p className="setup-inline-actions">
            <button
              type="button"
              className="button"
              autoFocus
              aria-describedby={`${id}-confirm-text`}
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
