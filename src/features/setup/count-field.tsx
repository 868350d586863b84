import { useState } from "react";
import { MAX_COUNT } from "./setup-search.ts";

export interface CountFieldProps {
  /** How many questions were asked for (may exceed `available`: the session is then capped). */
  value: number;
  available: number;
  /** Id of the text that says what is available and whether the count is capped. */
  describedBy: string;
  onChange(count: number): void;
}

function parseCount(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= 1 && n <= MAX_COUNT ? n : undefined;
}

/**
 * The "Questions" number input. What the person types is kept as a draft while it is not a
 * valid count (empty, 0, "2."), so the field never fights the keyboard; leaving the field shows
 * the count in force again.
 */
export function CountField({ value, available, describedBy, onChange }: CountFieldProps) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The count changed from elsewhere (a link, Back): show it, unless the draft already says it.
  if (shown !== value) {
    setShown(value);
    if (parseCount(draft) !== value) setDraft(String(value));
  }
  return (
    <p className="setup-count">
      <label htmlFor="setup-count">Questions</label>
      <input
        id="setup-count"
        type="number"
        inputMode="numeric"
        min={1}
        max={Math.max(1, available)}
        step={1}
        value={draft}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const count = parseCount(text);
          if (count !== undefined && count !== value) onChange(count);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </p>
  );
}
