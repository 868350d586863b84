import { useId } from "react";
import { ModalDialog } from "./modal-dialog.tsx";

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Also called on Escape. */
  onCancel: () => void;
}

/** A yes/no question in a modal dialog. The safe answer (cancel) has focus first. */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const id = useId();
  return (
    <ModalDialog role="alertdialog" labelledBy={`${id}-title`} describedBy={`${id}-message`} onClose={onCancel}>
      <h2 id={`${id}-title`} className="modal__title">
        {title}
      </h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
