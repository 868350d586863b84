import { useId } from "react";

export interface RubricChecklistProps {
  keyPoints: readonly string[];
  /** Indices of the ticked key points. */
  checked: readonly number[];
  disabled: boolean;
  onToggle: (index: number) => void;
}

/** The answer's key points as a checklist: what the person covered, which suggests a grade. */
export function RubricChecklist({ keyPoints, checked, disabled, onToggle }: RubricChecklistProps) {
  const id = useId();
  return (
    <fieldset className="rubric" disabled={disabled}>
      <legend>What I covered</legend>
      <ul className="rubric__list">
        {keyPoints.map((point, index) => (
          <li key={index}>
            <input
              type="checkbox"
              id={`${id}-${index}`}
              checked={checked.includes(index)}
              onChange={() => onToggle(index)}
            />{" "}
            <label htmlFor={`${id}-${index}`}>{point}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
