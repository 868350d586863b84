import { useEffect, useRef, type MouseEvent } from "react";
import { Link, useNavigate } from "@tanstack/react-router";
import { dismissFirstRunGuide, takeFirstRunFocusRequest } from "./first-run.ts";
import { useFirstRunVersion } from "./use-first-run-guide.ts";
import "./first-run.css";

/** The sample: the first three questions in deck order, in practice mode (the default), default pace. */
const SAMPLE_SEARCH = { count: 3, order: "in-order" } as const;

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Focus where reading goes on once the guide is gone. */
function focusMain() {
  document.getElementById("main")?.focus();
}

/**
 * Three steps that say what a session is, on the setup page of a first visit. Never in the way:
 * it sits above the form, and "Dismiss" puts it away for good (the footer brings it back).
 * Part of the setup page's first paint (under 1 KiB): loaded after it, it would push the form down.
 */
export function FirstRunGuide() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const version = useFirstRunVersion();
  const navigate = useNavigate();

  useEffect(() => {
    if (takeFirstRunFocusRequest()) headingRef.current?.focus();
  }, [version]);

  function trySample(event: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    dismissFirstRunGuide();
    // The form now holds the sample: the next step is its Start button (start-section.tsx).
    void navigate({ to: "/", search: SAMPLE_SEARCH }).then(() => {
      const start = document.querySelector<HTMLButtonElement>(".setup-start > button");
      if (start) start.focus();
      else focusMain();
    });
  }

  function dismiss() {
    dismissFirstRunGuide();
    focusMain();
  }

  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" ref={headingRef} tabIndex={-1}>
        New here? A session in three steps
      </h2>
      <ol className="first-run__steps">
        <li>
          <strong>Pick topics.</strong> Choose decks and topics below, how many questions, and how long each may take.
        </li>
        <li>
          <strong>Answer against the clock.</strong> Say or jot down your answer before the time is up, as in a real
          interview.
        </li>
        <li>
          <strong>Reveal, grade, review.</strong> Compare with the model answer, tick the key points you covered, grade
          yourself from 1 to 4, and see what to practise again.
        </li>
      </ol>
      <p className="first-run__actions">
        <Link to="/" search={SAMPLE_SEARCH} className="button" onClick={trySample}>
          Try a 3-question sample
        </Link>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          Dismiss
        </button>
      </p>
    </section>
  );
}
