import { suggestedGrade } from "../../interview/scoring.ts";
import { GRADE_LABELS, type Grade } from "../../interview/session-types.ts";

export interface ScoreHintInput {
  canGrade: boolean;
  /** Key points on show (0 before the reveal or for a question without a rubric). */
  keyPointCount: number;
  checkedCount: number;
}

export interface ScoreHint {
  /** The grade the ticks suggest, highlighted but never applied. */
  suggested: Grade | null;
  /** The line under the grades. */
  text: string | undefined;
}

/** What to say under the self-score: why it is locked, how to get a suggestion, or the suggestion. */
export function scoreHint({ canGrade, keyPointCount, checkedCount }: ScoreHintInput): ScoreHint {
  if (!canGrade) return { suggested: null, text: "Grade yourself once the answer is revealed." };
  if (keyPointCount === 0) return { suggested: null, text: undefined };
  if (checkedCount === 0) return { suggested: null, text: "Tick the key points you covered for a suggested grade." };
  const suggested = suggestedGrade(checkedCount, keyPointCount);
  if (suggested === null) return { suggested: null, text: undefined };
  return { suggested, text: `Suggested: ${suggested} ${GRADE_LABELS[suggested]}` };
}
