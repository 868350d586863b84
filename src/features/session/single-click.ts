import type { MouseEvent } from "react";

/**
 * An onClick that ignores the second click of a double click (`detail` counts clicks in quick
 * succession; keyboard activation reports 0). The screen re-renders between the two clicks, so
 * without this a double click on "Next" would move twice and one on "Flag" would undo itself.
 */
export function singleClick(action: () => void) {
  return (event: MouseEvent) => {
    if (event.detail > 1) return;
    action();
  };
}
