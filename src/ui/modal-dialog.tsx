import { useEffect, useRef, type ReactNode } from "react";
import "./modal-dialog.css";

export interface ModalDialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** Id of the element that describes it, if any. */
  describedBy?: string;
  /** `alertdialog` for a question that needs an answer before going on. */
  role?: "dialog" | "alertdialog";
  className?: string;
  /** Escape (or the browser's own close request) calls this; the caller unmounts the dialog. */
  onClose: () => void;
  children: ReactNode;
}

function openDialog(dialog: HTMLDialogElement) {
  // jsdom and very old browsers have no showModal: an open non-modal dialog is the fallback.
  if (typeof dialog.showModal === "function") {
    if (!dialog.open) dialog.showModal();
  } else {
    dialog.setAttribute("open", "");
  }
  const first = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>("button");
  first?.focus();
}

/**
 * A modal `<dialog>`, open while mounted: the browser traps focus and makes the page behind it
 * inert. The element marked `data-autofocus` (else the first button) takes focus; on close,
 * focus returns to whatever had it before.
 */
export function ModalDialog({ labelledBy, describedBy, role, className, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialog(dialog);
    return () => {
      if (typeof dialog.close === "function" && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : "modal"}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // The browser's Escape: let React state close it, so the two never disagree.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
