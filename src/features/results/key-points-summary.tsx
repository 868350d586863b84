import type { Question } from "../../deck/deck-types.ts";
import type { QuestionResult } from "../../interview/scoring.ts";

export interface KeyPointsSummaryProps {
  row: QuestionResult;
  /** The question as the deck has it now; undefined when its deck (or the question) is gone. */
  question: Question | undefined;
}

function PointList({ kind, points }: { kind: "ticked" | "missed"; points: readonly string[] }) {
  if (points.length === 0) return null;
  return (
    <>
      <span className={`key-points-summary__state key-points-summary__state--${kind}`}>
        {kind === "ticked" ? "Ticked:" : "Missed:"}
      </span>
      <ul className={`key-points-summary__list key-points-summary__list--${kind}`}>
        {points.map((point, index) => (
          <li key={index}>
            <span className="key-points-summary__mark" aria-hidden="true">
              {kind === "ticked" ? "✓" : "✗"}
            </span>{" "}
            {point}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The key points ticked and missed, named on the card so a person sees what they left out
 * without opening the answer. The ticks index into the key points as they were when practised,
 * so they are named only while the question is unchanged (else the count alone stands).
 */
export function KeyPointsSummary({ row, question }: KeyPointsSummaryProps) {
  if (question === undefined || question.hash !== row.meta.hash || question.keyPoints.length === 0) return null;
  const ticked = new Set(row.checkedKeyPoints);
  return (
    <div className="key-points-summary">
      <PointList kind="ticked" points={question.keyPoints.filter((_, index) => ticked.has(index))} />
      <PointList kind="missed" points={question.keyPoints.filter((_, index) => !ticked.has(index))} />
    </div>
  );
}
