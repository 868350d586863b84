import { useEffect, useState } from "react";
import type { Question } from "../../deck/deck-types.ts";

const NONE: ReadonlySet<string> = new Set();

/**
 * Ids of the questions whose prompt or answer changed in the deck since they were last
 * practised (history's `answerStatus` says "changed"). History is loaded after the first paint,
 * through a dynamic import; an empty set until then, or when history cannot be read.
 */
export function useChangedSincePractised(questions: readonly Question[]): ReadonlySet<string> {
  const [changed, setChanged] = useState(NONE);
  useEffect(() => {
    if (typeof indexedDB === "undefined" || questions.length === 0) return undefined;
    let active = true;
    void import("../../store/load-history.ts")
      .then(({ changedQuestionIds }) => changedQuestionIds(new Map(questions.map((q) => [q.id, q.hash]))))
      .then((ids) => {
        if (active) setChanged(new Set(ids));
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [questions]);
  return changed;
}
