import { useId } from "react";

export interface RubricTicksProps {
  keyPoints: readonly string[];
  /** Indices into `keyPoints` the person ticked during the session. */
  checked: readonly number[];
}

/**
 * The rubric ("What I covered") as the person left it. Covered and not covered differ by a
 * visible mark and by words for screen readers, never by colour alone.
 */
export function RubricTicks({ keyPoints, checked }: RubricTicksProps) {
  const ticked = new Set(checked);
  const headingId = useId();
  return (
    <div className="rubric">
      <h4 id={headingId} className="rubric__heading">
        What I covered
      </h4>
      <p className="meta">
        {ticked.size} of {keyPoints.length} key points ticked
      </p>
      <ul className="rubric__list" aria-labelledby={headingId}>
        {keyPoints.map((point, index) => {
          const covered = ticked.has(index);
          return (
            <li key={index} className={`rubric__item rubric__item--${covered ? "covered" : "missed"}`}>
              <span className="rubric__mark" aria-hidden="true">
                {covered ? "✓" : "✗"}
              </span>
              <span className="rubric__state">{covered ? "Covered:" : "Not covered:"}</span> {point}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
