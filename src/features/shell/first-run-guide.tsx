import { useEffect, useRef } from "react";
import { dismissFirstRunGuide, takeFirstRunFocusRequest, useFirstRunVersion } from "../../store/first-run-store.ts";
import "./first-run.css";

export interface FirstRunGuideProps {
  /** Starts the 3-question sample session (setup knows the decks). */
  onTrySample: () => void;
  /** Why the sample did not start, if it did not. */
  sampleProblem: string | null;
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
export function FirstRunGuide({ onTrySample, sampleProblem }: FirstRunGuideProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const version = useFirstRunVersion();

  useEffect(() => {
    if (takeFirstRunFocusRequest()) headingRef.current?.focus();
  }, [version]);

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
        <button type="button" className="button" onClick={onTrySample}>
          Try a 3-question sample
        </button>
        <button type="button" className="button button--secondary" onClick={dismiss}>
          Dismiss
        </button>
      </p>
      {sampleProblem === null ? null : <p role="alert">{sampleProblem}</p>}
    </section>
  );
}
