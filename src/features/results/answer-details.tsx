import { memo, useState } from "react";
import type { SyntheticEvent } from "react";
import type { Question } from "../../deck/deck-types.ts";
import type { QuestionResult } from "../../interview/scoring.ts";
import { LazyAnswer } from "../../ui/lazy-answer.tsx";
import { RubricTicks } from "./rubric-ticks.tsx";

/** A regrade re-renders the list; an opened answer (Markdown + highlighting) need not render again. */
const StableAnswer = memo(LazyAnswer);

export interface AnswerDetailsProps {
  row: QuestionResult;
  /** The question as the deck has it now; undefined when its deck (or the question) is gone. */
  question: Question | undefined;
}

/**
 * "Show answer": the rubric with the person's ticks and the model answer, rendered only once
 * opened (a long session would otherwise render every answer up front). The ticks index into
 * the key points as they were, so they are shown only while the answer is unchanged.
 */
export function AnswerDetails({ row, question }: AnswerDetailsProps) {
  const [opened, setOpened] = useState(false);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  };
  const unchanged = question !== undefined && question.hash === row.meta.hash;
  return (
    <details className="result-answer" onToggle={onToggle}>
      <summary>Show answer</summary>
      {opened ? (
        <div className="result-answer__body">
          {question === undefined ? (
            <p>The model answer is no longer available: its deck or question was removed.</p>
          ) : (
            <>
              {unchanged ? null : (
                <p className="result-answer__changed">
                  The answer has changed in the deck since this session; your rubric ticks are not shown against it.
                </p>
              )}
              {unchanged && question.keyPoints.length > 0 ? (
                <RubricTicks keyPoints={question.keyPoints} checked={row.checkedKeyPoints} />
              ) : null}
              <h4 className="result-answer__heading">Model answer</h4>
              <StableAnswer markdown={question.answer} headingLevel={4} />
            </>
          )}
        </div>
      ) : null}
    </details>
  );
}
