import type { Question } from "../../deck/deck-types.ts";
import type { QuestionResult } from "../../interview/scoring.ts";

export interface KeyPointsSummaryProps {
  row: QuestionResult;
  /** The question as the deck has it now; undefined when its deck (or the question) is gone. */
  question: Question | undefined;
}

/**
 * The key points ticked and missed, named on the card so a person sees what they left out
 * without opening the answer. The ticks index into the key points as they were when practised,
 * so they are named only while the question is unchanged (else the count alone stands).
 */
export function KeyPointsSummary({ row, question }: KeyPointsSummaryProps) {
  if (question === undefined || question.hash !== row.meta.hash || question.keyPoints.length === 0) return null;
  const ticked = new Set(row.checkedKeyPoints);
  const covered = question.keyPoints.filter((_, index) => ticked.has(index));
  const missed = question.keyPoints.filter((_, index) => !ticked.has(index));
  return (
    <span className="key-points-summary">
      {covered.length > 0 ? (
        <span className="key-points-summary__line key-points-summary__line--covered">
          <span aria-hidden="true">✓ </span>
          <span className="key-points-summary__state">Ticked:</span> {covered.join("; ")}
        </span>
      ) : null}
      {missed.length > 0 ? (
        <span className="key-points-summary__line key-points-summary__line--missed">
          <span aria-hidden="true">✗ </span>
          <span className="key-points-summary__state">Missed:</span> {missed.join("; ")}
        </span>
      ) : null}
    </span>
  );
}
