import { useId, type ReactNode } from "react";

export interface RubricChecklistProps {
  keyPoints: readonly string[];
  /** Indices of the ticked key points. */
  checked: readonly number[];
  disabled: boolean;
  onToggle: (index: number) => void;
  /** A line under the legend (what was ticked for the person). */
  hint?: ReactNode;
  /** A key point's label, when it shows more than its text (highlighted evidence). */
  renderLabel?: (point: string, index: number) => ReactNode;
  /** Extra text for a key point, read as its description. */
  renderNote?: (index: number) => ReactNode;
}

/** The answer's key points as a checklist: what the person covered, which suggests a grade. */
export function RubricChecklist({ keyPoints, checked, disabled, onToggle, hint, renderLabel, renderNote }: RubricChecklistProps) {
  const id = useId();
  return (
    <fieldset className="rubric" disabled={disabled}>
      <legend>What I covered</legend>
      {hint}
      <ul className="rubric__list">
        {keyPoints.map((point, index) => {
          const note = renderNote?.(index);
          return (
            <li key={index}>
              <input
                type="checkbox"
                id={`${id}-${index}`}
                checked={checked.includes(index)}
                onChange={() => onToggle(index)}
                aria-describedby={note ? `${id}-${index}-note` : undefined}
              />{" "}
              <label htmlFor={`${id}-${index}`}>{renderLabel ? renderLabel(point, index) : point}</label>
              {note ? (
                <span className="rubric__note meta" id={`${id}-${index}-note`}>
                  {" "}
                  {note}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
