import { useRef, useState } from "react";
import { useNavigate } from "@tanstack/react-router";
import { practiseAgainIds } from "../../interview/scoring.ts";
import { pickQuestions } from "../../interview/pick-questions.ts";
import type { Session } from "../../interview/session-types.ts";
import { getDecks } from "../../store/deck-repository.ts";
import { useSessionActions } from "../../store/session-store.ts";
import { practiseAgainConfig } from "./practise-again-config.ts";

export interface PractiseAgain {
  /** The missed, partial, flagged or skipped questions, in session order. */
  questionIds: string[];
  /** True from the click until the new session is open (the button ignores further clicks). */
  starting: boolean;
  /** Why the last attempt did not start a session, if it did not. */
  problem: string | null;
  practiseAgain(): Promise<void>;
}

/**
 * "Practise again: missed and flagged": a new session on those questions (same decks, pace and
 * mode, deck order), then the session screen.
 */
export function usePractiseAgain(session: Session): PractiseAgain {
  const actions = useSessionActions();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A double click lands before the re-render that disables the button.
  const busy = useRef(false);
  const questionIds = practiseAgainIds(session);

  async function practiseAgain() {
    if (busy.current || questionIds.length === 0) return;
    busy.current = true;
    setStarting(true);
    setProblem(null);
    try {
      const config = practiseAgainConfig(session.config, questionIds);
      const { questions } = pickQuestions(await getDecks(config.deckIds), config);
      if (questions.length === 0) {
        setProblem("These questions are no longer in any deck, so they cannot be practised again.");
        return;
      }
      actions.start(config, questions);
      await navigate({ to: "/session" });
    } catch {
      setProblem("The decks could not be loaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setStarting(false);
    }
  }

  return { questionIds, starting, problem, practiseAgain };
}
