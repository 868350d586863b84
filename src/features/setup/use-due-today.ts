import { useEffect, useState } from "react";
import type { DeckSummary } from "../../deck/deck-types.ts";
import { historyMayExist } from "../../store/stored-data.ts";

/**
 * How many questions of each deck are due for review today, once known (an empty record
 * before). History is loaded after the first paint, through a dynamic import: none of its code
 * is in the setup page's first bundle, and none of it loads when there is no history.
 */
export function useDueToday(decks: readonly DeckSummary[]): Readonly<Record<string, number>> {
  const [due, setDue] = useState<Readonly<Record<string, number>>>({});
  useEffect(() => {
    if (typeof indexedDB === "undefined" || decks.length === 0) return undefined;
    let active = true;
    void historyMayExist()
      .then(async (exists) => {
        if (!exists) return null;
        const { dueTodayByDeck } = await import("../../store/load-history.ts");
        return dueTodayByDeck(
          decks.map((d) => d.id),
          Date.now(),
        );
      })
      .then((counts) => {
        if (active && counts !== null) setDue(counts);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [decks]);
  return due;
}
