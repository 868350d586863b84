import { useId, useState, type DragEvent, type FormEvent } from "react";
import { IMPORT_ACCEPT } from "./import-file-check.ts";
import type { PasteDraft } from "./use-deck-import.ts";

export interface ImportPanelProps {
  paste: PasteDraft;
  onPasteChange: (paste: PasteDraft) => void;
  onFile: (file: File) => void;
  onPasteImport: () => void;
}

function hasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes("Files");
}

/**
 * The ways in: a file picker inside a drop zone (keyboard users take the picker), and a box to
 * paste Markdown into with a file name for it.
 */
export function ImportPanel({ paste, onPasteChange, onFile, onPasteImport }: ImportPanelProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  const dragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const dragLeave = (event: DragEvent) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDragging(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const submitPaste = (event: FormEvent) => {
    event.preventDefault();
    onPasteImport();
  };

  return (
    <>
      <p>
        Bring your own interview notes: a Markdown file of questions and answers in any common shape. You will see what
        was found before anything is saved. Decks you import stay in this browser.
      </p>
      <div
        className={dragging ? "drop-zone drop-zone--active" : "drop-zone"}
        role="group"
        aria-labelledby={`${id}-drop`}
        aria-describedby={`${id}-drop-hint`}
        onDragEnter={dragOver}
        onDragOver={dragOver}
        onDragLeave={dragLeave}
        onDrop={drop}
      >
        <p id={`${id}-drop`} className="drop-zone__title">
          Drop a deck file here
        </p>
        <p id={`${id}-drop-hint`} className="meta">
          One Markdown or plain-text file (.md, .markdown, .txt), up to 5 MB.
        </p>
        <label htmlFor={`${id}-file`} className="field-label">
          Or choose a deck file
        </label>
        <input
          id={`${id}-file`}
          className="file-input"
          type="file"
          accept={IMPORT_ACCEPT}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again (after a fix) imports it again.
            event.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
      </div>
      <form className="paste-form" aria-labelledby={`${id}-paste`} onSubmit={submitPaste}>
        <h3 id={`${id}-paste`}>Or paste Markdown</h3>
        <label htmlFor={`${id}-name`} className="field-label">
          File name
        </label>
        <input
          id={`${id}-name`}
          className="text-input"
          type="text"
          value={paste.name}
          placeholder="pasted-deck.md"
          aria-describedby={`${id}-name-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onPasteChange({ ...paste, name: event.currentTarget.value })}
        />
        <p id={`${id}-name-hint`} className="meta">
          The deck’s id comes from it (my-notes.md → my-notes); importing under the same name again offers to replace
          that deck.
        </p>
        <label htmlFor={`${id}-text`} className="field-label">
          Deck Markdown
        </label>
        <textarea
          id={`${id}-text`}
          className="text-input paste-form__text"
          rows={10}
          value={paste.text}
          spellCheck={false}
          onChange={(event) => onPasteChange({ ...paste, text: event.currentTarget.value })}
        />
        <p className="actions">
          <button type="submit" className="button">
            Import pasted text
          </button>
        </p>
      </form>
    </>
  );
}
