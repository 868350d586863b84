import { useEffect, useState } from "react";

/** How many rows a long list shows at first, and adds on each "Show more". */
export const SHOW_MORE_STEP = 50;

export interface ShowMore {
  /** How many to show now (never more than there are). */
  shown: number;
  /** Shows the next step. */
  more(): void;
}

export interface ShowMoreList {
  list: ShowMore;
  /**
   * The ref for the element whose children are the items (a `<tbody>`, `<ol>`): when the last
   * "Show more" takes its button away, focus goes to the first item it added, not to the page.
   */
  attachItems: (element: HTMLElement | null) => void;
}

/** The first link or button inside `item`, else the item itself (made focusable by script). */
function focusTarget(item: HTMLElement): HTMLElement {
  const inner = item.querySelector<HTMLElement>("a[href], button, input, select, textarea");
  if (inner) return inner;
  item.tabIndex = -1;
  return item;
}

/**
 * A long list in steps: the first `step` items render at once (a thousand sessions would cost the
 * page its time budget), the rest on request.
 */
export function useShowMore(total: number, step = SHOW_MORE_STEP): ShowMoreList {
  const [limit, setLimit] = useState(step);
  const [items, setItems] = useState<HTMLElement | null>(null);
  /** Index of the item to focus once shown: set by the "Show more" that shows the rest. */
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const shown = Math.min(total, limit);

  useEffect(() => {
    if (focusIndex === null) return;
    const item = items?.children[focusIndex];
    if (item instanceof HTMLElement) focusTarget(item).focus();
    // Only a change of focusIndex (a last "Show more") moves focus, not a re-render of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusIndex]);

  return {
    list: {
      shown,
      more: () => {
        if (limit + step >= total) setFocusIndex(shown);
        setLimit((current) => current + step);
      },
    },
    attachItems: setItems,
  };
}
