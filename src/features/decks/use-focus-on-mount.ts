import { useEffect, useRef } from "react";

/**
 * A ref for a heading (with `tabIndex={-1}`) that takes focus when it mounts, if `enabled`: each
 * step of the import moves focus to its own heading, so a screen reader starts reading there and
 * Tab goes on from it.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
