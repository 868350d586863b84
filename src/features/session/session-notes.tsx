import { useId } from "react";

export interface SessionNotesProps {
  value: string;
  /** Saves at once: every keystroke is in browser storage before the next one. */
  onChange: (text: string) => void;
}

/** A free-text "Notes" box for the current question, saved as you type. */
export function SessionNotes({ value, onChange }: SessionNotesProps) {
  const id = useId();
  return (
    <div className="session-notes">
      <label htmlFor={`${id}-notes`}>Notes</label>
      <p className="meta" id={`${id}-hint`}>
        Jot down your answer or what to look up. Saved as you type; Esc leaves the box.
      </p>
      <textarea
        id={`${id}-notes`}
        aria-describedby={`${id}-hint`}
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Esc leaves the box (the text stays), so the session keys work again.
          if (event.key === "Escape") event.currentTarget.blur();
        }}
      />
    </div>
  );
}
