import { useId } from "react";
import { GRADE_LABELS, GRADES, type Grade } from "../../interview/session-types.ts";

export interface SelfScoreProps {
  grade: Grade | undefined;
  /** What the ticked key points suggest: highlighted, never applied on its own. */
  suggested: Grade | null;
  /** A line under the grades: the suggestion, or why they are locked. */
  hint: string | undefined;
  disabled: boolean;
  onGrade: (grade: Grade) => void;
}

/** Four toggle buttons, 1 Missed … 4 Strong (keys 1–4), with the rubric's suggestion highlighted. */
export function SelfScore({ grade, suggested, hint, disabled, onGrade }: SelfScoreProps) {
  const id = useId();
  return (
    <div className="self-score">
      <h2 className="self-score__title" id={`${id}-title`}>
        Self-score
      </h2>
      <div
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="self-score__grades"
      >
        {GRADES.map((value) => (
          <button
            key={value}
            type="button"
            className={`grade-button${suggested === value ? " grade-button--suggested" : ""}`}
            aria-pressed={grade === value}
            aria-keyshortcuts={String(value)}
            disabled={disabled}
            onClick={() => onGrade(value)}
          >
            <span className="grade-button__key">{value}</span> {GRADE_LABELS[value]}
          </button>
        ))}
      </div>
      <p className="self-score__chosen" role="status">
        {grade === undefined ? "" : `Graded ${grade} ${GRADE_LABELS[grade]}`}
      </p>
      {hint ? (
        <p className={`self-score__hint${suggested === null ? " meta" : " self-score__hint--suggested"}`} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
