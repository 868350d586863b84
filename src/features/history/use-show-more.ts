import { useState } from "react";

/** How many rows a long list shows at first, and adds on each "Show more". */
export const SHOW_MORE_STEP = 50;

export interface ShowMore {
  /** How many to show now (never more than there are). */
  shown: number;
  /** Shows the next step. */
  more(): void;
}

/**
 * A long list in steps: the first `step` items render at once (a thousand sessions would cost the
 * page its time budget), the rest on request.
 */
export function useShowMore(total: number, step = SHOW_MORE_STEP): ShowMore {
  const [limit, setLimit] = useState(step);
  return { shown: Math.min(total, limit), more: () => setLimit((current) => current + step) };
}
