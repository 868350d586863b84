import { useId, useRef, useState, type ReactNode } from "react";
import { useNavigate } from "@tanstack/react-router";
import type { SessionConfig } from "../../interview/session-types.ts";
import { useOpenSessionAfterLoad } from "../../store/load-session-store.ts";

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
 * The start code loads on click (see start-focused-session.ts). Its styles are in history.css and
 * decks.css: a stylesheet of its own would be one more file for every page that preloads it.
 */
export function StartPracticeButton({ config, children, disabledReason, compact = false, label }: StartPracticeButtonProps) {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A double click lands before the re-render that disables the button.
  const busy = useRef(false);
  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setProblem(null);
    try {
      const { startFocusedSession } = await import("./start-focused-session.ts");
      setProblem(await startFocusedSession(config(), () => navigate({ to: "/session" })));
    } catch {
      setProblem("The questions could not be loaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setStarting(false);
    }
  };
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
        onClick={() => void start()}
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
