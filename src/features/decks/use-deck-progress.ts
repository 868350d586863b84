import { useEffect, useState } from "react";
import type { Deck } from "../../deck/deck-types.ts";
import type { QuestionProgress } from "../../store/load-history.ts";
import { historyMayExist } from "../../store/stored-data.ts";

/**
 * Each question's last grade and next review, from history (loaded on demand, after the page
 * has painted). Empty until then, and when history cannot be read: the page reads fine without.
 * Without any history (a first visit) none of its code loads.
 */
export function useDeckProgress(deck: Deck): Readonly<Record<string, QuestionProgress>> {
  const [progress, setProgress] = useState<Readonly<Record<string, QuestionProgress>>>({});
  useEffect(() => {
    if (typeof indexedDB === "undefined") return undefined;
    let active = true;
    historyMayExist()
      .then(async (exists) => {
        if (!exists) return null;
        const { questionProgress } = await import("../../store/load-history.ts");
        return questionProgress(deck.questions.map((q) => q.id));
      })
      .then(
        (loaded) => {
          if (active && loaded !== null) setProgress(loaded);
        },
        () => undefined,
      );
    return () => {
      active = false;
    };
  }, [deck]);
  return progress;
}
