import { useRef, useState } from "react";
import { useNavigate } from "@tanstack/react-router";
import type { Deck } from "../../deck/deck-types.ts";
import type { SessionConfig } from "../../interview/session-types.ts";
import { getDecks } from "../../store/deck-repository.ts";
import { loadSessionStore } from "../../store/load-session-store.ts";

export interface StartSession {
  /** True from the click until the session screen takes over. */
  starting: boolean;
  /** Why the last attempt did not start, if it did not. */
  problem: string | null;
  start(config: SessionConfig): Promise<void>;
  /** Loads the decks' questions early (the Start button is about to be pressed). */
  prefetch(deckIds: readonly string[]): void;
}

/** The question picker: not part of the setup page's first paint, fetched with the session store. */
const loadPicker = () => import("../../interview/pick-questions.ts");

/**
 * The order "due" and "weakest-first" take from history (loaded only for them, on Start);
 * undefined for the other orders. History that cannot be read leaves deck order.
 */
async function historyOrder(config: SessionConfig, decks: readonly Deck[]): Promise<string[] | undefined> {
  if (config.order !== "due" && config.order !== "weakest-first") return undefined;
  const { historyOrderFor } = await import("../../store/load-history.ts");
  return historyOrderFor(
    config.order,
    decks.flatMap((deck) => deck.questions.map((q) => q.id)),
    Date.now(),
  );
}

/**
 * Loads the chosen decks, picks the questions and opens the session in this tab, then goes to the
 * session screen. The session setup offered to resume (this tab's own, or one a closed tab left)
 * is finished first, its results kept; a session another tab runs is left alone.
 */
export function useStartSession(): StartSession {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A double click lands before the re-render that disables the button.
  const busy = useRef(false);

  async function start(config: SessionConfig) {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setProblem(null);
    try {
      const [decks, { useSessionStore }, { pickQuestions }] = await Promise.all([
        getDecks(config.deckIds),
        loadSessionStore(),
        loadPicker(),
      ]);
      const orderedIds = await historyOrder(config, decks);
      const picked = pickQuestions(decks, { ...config, orderedIds });
      if (picked.questions.length === 0) {
        setProblem("No questions match these choices: choose more topics or kinds.");
        return;
      }
      useSessionStore.getState().actions.start({ ...config, count: picked.questions.length }, picked.questions);
      await navigate({ to: "/session" });
    } catch {
      setProblem("The questions could not be loaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setStarting(false);
    }
  }

  function prefetch(deckIds: readonly string[]) {
    void getDecks(deckIds).catch(() => undefined);
    void loadSessionStore();
    void loadPicker().catch(() => undefined);
  }

  return { starting, problem, start, prefetch };
}
