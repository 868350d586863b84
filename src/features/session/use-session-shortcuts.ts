import { useEffect, useEffectEvent } from "react";
import { isGrade, type Grade } from "../../interview/session-types.ts";

/** What the keyboard can do on the session screen. `reveal` says whether it did anything. */
export interface SessionShortcutHandlers {
  reveal: () => boolean;
  /** Interview mode's "I'm done answering". */
  done: () => void;
  grade: (grade: Grade) => void;
  /** Ticks or unticks key point `index` (0-based) of the rubric. */
  toggleKeyPoint: (index: number) => void;
  finish: () => void;
  toggleFlag: () => void;
  next: () => void;
  previous: () => void;
  togglePause: () => void;
  openHelp: () => void;
}

/** Where typing belongs to the control: letters, digits and arrows are text there. */
const TEXT_ENTRY =
  "textarea, select, input:not([type='checkbox']):not([type='radio']), [contenteditable]:not([contenteditable='false'])";
/** Where Space already does something (press, toggle): the browser's default wins. */
const SPACE_ACTIVATES =
  "button, a[href], summary, input, [role='button'], [role='checkbox'], [role='link'], [role='switch']";
/** Where arrows scroll something sideways (code blocks and tables in the answer). */
const ARROWS_SCROLL = ".answer, [role='dialog'], [role='alertdialog']";

/**
 * Session keys: Space reveal, D done, 1–4 grade, Shift+1–9 tick a key point, F flag, P pause,
 * ← → move, E finish, ? shortcut sheet. Ignored
 * while typing, with a modifier held, inside a dialog, or when `enabled` is false (a dialog is
 * open). Key repeats never toggle or move twice; moves also carry `fromIndex` (see the machine).
 */
export function useSessionShortcuts(handlers: SessionShortcutHandlers, enabled: boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(TEXT_ENTRY) || target?.closest("dialog")) return;

    const key = event.key;
    if (key === " ") {
      if (target?.closest(SPACE_ACTIVATES)) return;
      if (handlers.reveal()) event.preventDefault();
      return;
    }
    // Shift+digit by the key's place (what Shift+1 types depends on the keyboard layout).
    const keyPoint = event.shiftKey && /^Digit[1-9]$/.test(event.code) ? Number(event.code.slice(5)) - 1 : null;
    if (keyPoint !== null) {
      if (!event.repeat) handlers.toggleKeyPoint(keyPoint);
      event.preventDefault();
      return;
    }
    const digit = Number(key);
    if (key.length === 1 && isGrade(digit)) {
      handlers.grade(digit);
      event.preventDefault();
      return;
    }
    if (key === "?") {
      handlers.openHelp();
      event.preventDefault();
      return;
    }
    if (event.repeat) return;
    if (key === "f" || key === "F") handlers.toggleFlag();
    else if (key === "d" || key === "D") handlers.done();
    else if (key === "e" || key === "E") handlers.finish();
    else if (key === "p" || key === "P") handlers.togglePause();
    else if ((key === "ArrowRight" || key === "ArrowLeft") && !target?.closest(ARROWS_SCROLL)) {
      if (key === "ArrowRight") handlers.next();
      else handlers.previous();
    } else return;
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
