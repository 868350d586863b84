import { useEffect, useState } from "react";
import type { Deck } from "../../deck/deck-types.ts";
import type { QuestionProgress } from "../../store/load-history.ts";

/**
 * Each question's last grade and next review, from history (loaded on demand, after the page
 * has painted). Empty until then, and when history cannot be read: the page reads fine without.
 */
export function useDeckProgress(deck: Deck): Readonly<Record<string, QuestionProgress>> {
  const [progress, setProgress] = useState<Readonly<Record<string, QuestionProgress>>>({});
  useEffect(() => {
    if (typeof indexedDB === "undefined") return undefined;
    let active = true;
    import("../../store/load-history.ts")
      .then((module) => module.questionProgress(deck.questions.map((q) => q.id)))
      .then(
        (loaded) => {
          if (active) setProgress(loaded);
        },
        () => undefined,
      );
    return () => {
      active = false;
    };
  }, [deck]);
  return progress;
}
