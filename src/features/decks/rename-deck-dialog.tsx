import { useId, useState, type FormEvent } from "react";
import { ModalDialog } from "../../ui/modal-dialog.tsx";

export interface RenameDeckDialogProps {
  currentTitle: string;
  /** Resolves with an error message to show, or null once renamed. */
  onRename: (title: string) => Promise<string | null>;
  onClose: () => void;
}

/** Asks for a deck's new title; the dialog stays open with the reason if renaming fails. */
export function RenameDeckDialog({ currentTitle, onRename, onClose }: RenameDeckDialogProps) {
  const id = useId();
  const [title, setTitle] = useState(currentTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === "") {
      setError("Type a title for the deck.");
      return;
    }
    setBusy(true);
    const problem = await onRename(title.trim());
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`} className="modal__title">
          Rename “{currentTitle}”
        </h2>
        <label htmlFor={`${id}-input`} className="field-label">
          Deck title
        </label>
        <input
          id={`${id}-input`}
          className="text-input"
          type="text"
          value={title}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-autofocus
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal__actions">
          <button type="submit" className="button" disabled={busy}>
            Save title
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
