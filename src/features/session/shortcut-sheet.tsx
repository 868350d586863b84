import { ModalDialog } from "../../ui/modal-dialog.tsx";

export interface ShortcutSheetProps {
  interview: boolean;
  onClose: () => void;
}

const SHORTCUTS: { keys: string; what: string; practiceOnly?: boolean; interviewOnly?: boolean }[] = [
  { keys: "D", what: "I’m done answering", interviewOnly: true },
  { keys: "Space", what: "Reveal the answer" },
  { keys: "1 2 3 4", what: "Grade: Missed, Partial, Good, Strong" },
  { keys: "Shift + 1–9", what: "Tick or untick key point 1–9" },
  { keys: "F", what: "Flag for review (or unflag)" },
  { keys: "→", what: "Next question" },
  { keys: "←", what: "Previous question", practiceOnly: true },
  { keys: "P", what: "Pause or resume" },
  { keys: "E", what: "Finish the session" },
  { keys: "Esc", what: "Leave the Notes box" },
  { keys: "?", what: "Show these shortcuts" },
  { keys: "Esc", what: "Close a dialog" },
];

/**
 * The `?` sheet: every key of the session screen, which apply when a keyboard is present (touch
 * screens use the buttons). Shortcuts are off while typing in Notes.
 */
export function ShortcutSheet({ interview, onClose }: ShortcutSheetProps) {
  return (
    <ModalDialog
      labelledBy="shortcut-sheet-title"
      describedBy="shortcut-sheet-scope"
      className="shortcut-sheet"
      onClose={onClose}
    >
      <h2 id="shortcut-sheet-title" className="modal__title">
        Keyboard shortcuts
      </h2>
      <p id="shortcut-sheet-scope">
        These keys work when a keyboard is connected. Without one, on a phone or tablet, every action has its own
        button on the screen.
      </p>
      <dl className="shortcut-sheet__list">
        {SHORTCUTS.filter((s) => (interview ? !s.practiceOnly : !s.interviewOnly)).map((shortcut) => (
          <div key={shortcut.what} className="shortcut-sheet__row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
      </dl>
      <p className="meta">Shortcuts do nothing while you type in Notes: press Esc to leave it first.</p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
