import { pickQuestions } from "../interview/pick-questions.ts";
import type { SessionConfig } from "../interview/session-types.ts";
import { getDecks } from "./deck-repository.ts";
import { loadSessionStore } from "./load-session-store.ts";

/**
 * Loads the chosen decks, picks the questions (in history's order for "due" and "weakest-first")
 * and opens the session, then `openSessionScreen`. Loaded on the first press of a start button
 * (start-practice.ts). Resolves to false when no question is left to ask, true once started.
 */
export async function startFocusedSession(config: SessionConfig, openSessionScreen: () => Promise<void>): Promise<boolean> {
  const [decks, { useSessionStore }] = await Promise.all([getDecks(config.deckIds), loadSessionStore()]);
  let orderedIds: string[] | undefined;
  if (config.order === "due" || config.order === "weakest-first") {
    const { historyOrderFor } = await import("./load-history.ts");
    orderedIds = await historyOrderFor(
      config.order,
      decks.flatMap((deck) => deck.questions.map((q) => q.id)),
      Date.now(),
    );
  }
  const picked = pickQuestions(decks, { ...config, orderedIds });
  if (picked.questions.length === 0) return false;
  useSessionStore.getState().actions.start({ ...config, count: picked.questions.length }, picked.questions);
  await openSessionScreen();
  return true;
}
