import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/** How far outside the viewport an element counts as near: about two phone screens. */
const NEAR_MARGIN_PX = 1500;

/**
 * Whether the element is in or near the viewport, from the first paint on; once true it stays
 * true. What is in view is known before the first paint (measured in a layout effect), so it never
 * changes under the reader's eyes; the rest is found by an IntersectionObserver as the page
 * scrolls towards it. Without IntersectionObserver everything counts as near.
 */
export function useNearViewport<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const rect = element.getBoundingClientRect();
    if (rect.top < window.innerHeight + NEAR_MARGIN_PX && rect.bottom > -NEAR_MARGIN_PX) {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${NEAR_MARGIN_PX}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}
