import { useCallback, useEffect, useRef, useState } from "react";

/** Pause in typing after which notes are saved; a blur, a question change or Finish save at once. */
export const NOTES_SAVE_DELAY_MS = 250;

export interface NotesDraft {
  value: string;
  change: (text: string) => void;
  /** Saves what is pending now (blur, before Finish). */
  flush: () => void;
}

interface Pending {
  questionId: string;
  text: string;
}

/**
 * The notes textbox's text, typed into local state at once (so typing stays responsive) and
 * saved to the session shortly after: every saved keystroke rewrites the persisted blob. A
 * pending save carries its question id, so it lands on the right question even when it is
 * flushed after the screen moved on (the machine accepts notes for any question of the session).
 */
export function useNotesDraft(
  questionId: string,
  saved: string,
  save: (questionId: string, text: string) => void,
): NotesDraft {
  const [draft, setDraft] = useState<Pending | null>(null);
  const pending = useRef<Pending | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const due = pending.current;
    pending.current = null;
    if (due) save(due.questionId, due.text);
  }, [save]);

  const change = useCallback(
    (text: string) => {
      pending.current = { questionId, text };
      setDraft({ questionId, text });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, NOTES_SAVE_DELAY_MS);
    },
    [questionId, flush],
  );

  // Leaving a question (or the screen) saves what was typed on it.
  useEffect(() => flush, [questionId, flush]);

  const value = draft !== null && draft.questionId === questionId ? draft.text : saved;
  return { value, change, flush };
}
