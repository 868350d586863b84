import { useEffect, useState } from "react";
import type { DeckSummary } from "../../deck/deck-types.ts";

/**
 * How many questions of each deck are due for review today, once known (an empty record
 * before). History is loaded after the first paint, through a dynamic import: none of its code
 * is in the setup page's first bundle.
 */
export function useDueToday(decks: readonly DeckSummary[]): Readonly<Record<string, number>> {
  const [due, setDue] = useState<Readonly<Record<string, number>>>({});
  useEffect(() => {
    if (typeof indexedDB === "undefined" || decks.length === 0) return undefined;
    let active = true;
    void import("../../store/load-history.ts")
      .then(({ dueTodayByDeck }) => dueTodayByDeck(decks.map((d) => d.id), Date.now()))
      .then((counts) => {
        if (active) setDue(counts);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [decks]);
  return due;
}
