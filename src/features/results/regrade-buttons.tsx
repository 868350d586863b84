import { useId } from "react";
import { GRADE_LABELS, GRADES } from "../../interview/session-types.ts";
import type { Grade } from "../../interview/session-types.ts";

export interface RegradeButtonsProps {
  grade: Grade | undefined;
  onGrade(grade: Grade): void;
}

/**
 * The "Self-score" group of one question, as on the session screen ("1 Missed" … "4 Strong"),
 * here to change a grade after the fact. The grade given is the pressed button.
 */
export function RegradeButtons({ grade, onGrade }: RegradeButtonsProps) {
  const labelId = useId();
  return (
    <div className="self-score" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="self-score__label">
        Self-score
      </span>
      {GRADES.map((value) => (
        <button
          key={value}
          type="button"
          className={`self-score__button self-score__button--${value}`}
          aria-pressed={grade === value}
          onClick={() => onGrade(value)}
        >
          {value} {GRADE_LABELS[value]}
        </button>
      ))}
    </div>
  );
}
