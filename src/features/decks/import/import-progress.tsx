import { useFocusOnMount } from "../use-focus-on-mount.ts";

export interface ImportProgressProps {
  fileName: string;
  /** Characters compiled so far and in all; total 0 = not started yet. */
  done: number;
  total: number;
  onCancel: () => void;
}

/** What a screen reader hears: a step every quarter, not every percent. */
function announcement(fileName: string, percent: number): string {
  if (percent === 0) return `Reading “${fileName}”…`;
  return `Reading “${fileName}”: ${Math.floor(percent / 25) * 25}% done.`;
}

/** The compile under way: a progress bar with its percentage, and Cancel (which saves nothing). */
export function ImportProgress({ fileName, done, total, onCancel }: ImportProgressProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        Importing “{fileName}”
      </h3>
      <div className="import-progress">
        <progress aria-label="Import progress" max={100} value={percent} />
        {/* The bar tells assistive technology its value; the number is for the eye. */}
        <span className="import-progress__percent" aria-hidden="true">
          {percent}%
        </span>
      </div>
      <p role="status" className="visually-hidden">
        {announcement(fileName, percent)}
      </p>
      <p className="meta">Large files take a few seconds. Nothing is saved until you have looked the deck over.</p>
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </>
  );
}
