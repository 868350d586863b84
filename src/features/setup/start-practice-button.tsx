import { useId, type ReactNode } from "react";
import type { SessionConfig } from "../../interview/session-types.ts";
import { useOpenSessionAfterLoad } from "../../store/load-session-store.ts";
import { useStartSession } from "./use-start-session.ts";
import "./start-practice.css";

export interface StartPracticeButtonProps {
  /** The session to start; built on click, so a long list of buttons costs nothing until pressed. */
  config: () => SessionConfig;
  children: ReactNode;
  /** Why the button is disabled (shown under it); absent = enabled. */
  disabledReason?: string;
  /** A smaller button, for one per question or section. */
  compact?: boolean;
  /** An accessible name when the visible text alone is ambiguous (one per question). */
  label?: string;
}

/**
 * A button that starts a practice session at once (from history or a deck page), the way setup's
 * Start does: the chosen questions, then the session screen. Says why it cannot, if it cannot.
 */
export function StartPracticeButton({ config, children, disabledReason, compact = false, label }: StartPracticeButtonProps) {
  const { starting, problem, start } = useStartSession();
  const hintId = useId();
  const sessionOpen = useOpenSessionAfterLoad() !== null;
  const hint = disabledReason ?? (sessionOpen && !compact ? "Starting finishes the session you have open; its results are kept." : null);
  return (
    <span className={`start-practice${compact ? " start-practice--compact" : ""}`}>
      <button
        type="button"
        className={compact ? "button button--secondary button--small" : "button"}
        disabled={disabledReason !== undefined || starting}
        aria-label={label}
        aria-describedby={hint === null ? undefined : hintId}
        onClick={() => void start(config())}
      >
        {children}
      </button>
      {hint === null ? null : (
        <span id={hintId} className="meta start-practice__hint">
          {hint}
        </span>
      )}
      {problem === null ? null : (
        <span role="alert" className="start-practice__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
