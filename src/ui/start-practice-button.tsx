import { useId, useRef, useState, type ReactNode } from "react";
import "./start-practice-button.css";

export interface StartPracticeButtonProps {
  /**
   * Starts the session (building its config on click, so a long list of buttons costs nothing
   * until pressed); resolves to why it did not start, or null once it did.
   */
  start: () => Promise<string | null>;
  /** A session is open: starting finishes it (its results are kept), which the button says. */
  sessionOpen: boolean;
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
 * Start does. Says why it cannot, if it cannot.
 */
export function StartPracticeButton({ start, sessionOpen, children, disabledReason, compact = false, label }: StartPracticeButtonProps) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A double click lands before the re-render that disables the button.
  const busy = useRef(false);
  const onClick = async () => {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setProblem(null);
    try {
      setProblem(await start());
    } catch {
      setProblem("The questions could not be loaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setStarting(false);
    }
  };
  const hintId = useId();
  const hint = disabledReason ?? (sessionOpen && !compact ? "Starting finishes the session you have open; its results are kept." : null);
  return (
    <span className={`start-practice${compact ? " start-practice--compact" : ""}`}>
      <button
        type="button"
        className={compact ? "button button--secondary button--small" : "button"}
        disabled={disabledReason !== undefined || starting}
        aria-label={label}
        aria-describedby={hint === null ? undefined : hintId}
        onClick={() => void onClick()}
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
