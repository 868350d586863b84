import { useCallback, useState } from "react";

export interface NotesDraft {
  value: string;
  change: (text: string) => void;
}

interface Draft {
  questionId: string;
  text: string;
}

/**
 * The notes textbox's text. Every change is saved to the session at once, and the session store
 * writes it to browser storage synchronously: a reload, a closed tab or a crash right after a
 * keystroke loses nothing ("Saved as you type" is literally true). The local draft keeps the
 * textbox showing what was typed even while the session ignores it (it never does for notes,
 * but a store that could not save must not eat the text on screen).
 */
export function useNotesDraft(
  questionId: string,
  saved: string,
  save: (questionId: string, text: string) => void,
): NotesDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const change = useCallback(
    (text: string) => {
      setDraft({ questionId, text });
      save(questionId, text);
    },
    [questionId, save],
  );
  const value = draft !== null && draft.questionId === questionId ? draft.text : saved;
  return { value, change };
}
