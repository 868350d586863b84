import { Activity, memo, useEffect, useRef } from "react";
import type { Question } from "../../deck/deck-types.ts";
import { LazyAnswer } from "../../ui/lazy-answer.tsx";
import { singleClick } from "./single-click.ts";

export interface SessionAnswerProps {
  /** The question from its deck; undefined when the deck or question is gone since the session started. */
  question: Question | undefined;
  /** The hash recorded when the session started, to tell whether the answer was edited since. */
  recordedHash: string;
  interview: boolean;
  done: boolean;
  revealed: boolean;
  canReveal: boolean;
  onDone: () => void;
  onReveal: () => void;
}

/**
 * The screen redraws its clocks four times a second; the answer's props (two primitives) do not
 * change then, so memo keeps react-markdown from parsing and highlighting it again each time.
 */
const StableAnswer = memo(LazyAnswer);

/** True when the control that had focus just disappeared (it was the button that did this). */
function focusWasLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Interview mode's "I'm done answering", the "Reveal answer" button, and once revealed the model
 * answer. When the button that was pressed disappears, focus follows to what replaced it.
 */
export function SessionAnswer(props: SessionAnswerProps) {
  const { question, recordedHash, interview, done, revealed, canReveal, onDone, onReveal } = props;
  const revealRef = useRef<HTMLButtonElement>(null);
  const answerHeadingRef = useRef<HTMLHeadingElement>(null);
  const seen = useRef({ done, revealed });

  useEffect(() => {
    if (revealed && !seen.current.revealed && focusWasLost()) answerHeadingRef.current?.focus();
    else if (done && !seen.current.done && focusWasLost()) revealRef.current?.focus();
    seen.current = { done, revealed };
  }, [done, revealed]);

  if (!question) {
    return (
      <p className="session-answer__missing">
        The model answer is no longer available: this question or its deck was removed or renamed since the session
        started. You can still grade yourself and keep notes.
      </p>
    );
  }

  const controls = revealed ? null : (
    <div className="session-answer__controls">
      {interview && !done ? (
        <button type="button" className="button" onClick={singleClick(onDone)}>
          I’m done answering
        </button>
      ) : null}
      <button
        ref={revealRef}
        type="button"
        className={interview && !done ? "button button--secondary" : "button"}
        onClick={singleClick(onReveal)}
        disabled={!canReveal}
        aria-keyshortcuts="Space"
      >
        Reveal answer
      </button>
      {interview && !canReveal ? (
        <p className="meta session-answer__hint">The answer unlocks when you are done answering or the time is up.</p>
      ) : null}
    </div>
  );

  // The answer is rendered ahead, hidden, while the person thinks: revealing it then only shows
  // what is already laid out, so Space paints the answer within a frame or two even for the
  // longest answers. Hidden content is display:none, out of the accessibility tree and unfocusable.
  return (
    <>
      {controls}
      <Activity mode={revealed ? "visible" : "hidden"}>
        <section className="session-answer" aria-labelledby="session-answer-heading">
          <h2 id="session-answer-heading" ref={answerHeadingRef} tabIndex={-1}>
            Model answer
          </h2>
          {question.hash !== recordedHash ? (
            <p className="meta">This answer was edited in its deck since the session started.</p>
          ) : null}
          <StableAnswer markdown={question.answer} headingLevel={2} />
        </section>
      </Activity>
    </>
  );
}
