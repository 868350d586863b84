import { pickQuestions } from "../interview/pick-questions.ts";
import type { SessionConfig } from "../interview/session-types.ts";
import { getDecks } from "./deck-repository.ts";
import { loadSessionStore } from "./load-session-store.ts";

/**
 * Starts a session from a shortcut outside setup ("Practise due now", "Practise this question"):
 * the same steps as setup's Start (use-start-session.ts), in a module of its own that the button
 * loads on click. Sharing setup's module would split it out of the setup page's chunk, and the
 * setup page's first paint would grow by a file.
 *
 * Resolves to why it did not start, or null once the session is open and `openSessionScreen` ran.
 */
export async function startFocusedSession(config: SessionConfig, openSessionScreen: () => Promise<void>): Promise<string | null> {
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
  if (picked.questions.length === 0) return "None of these questions is in a deck any more, so there is nothing to practise.";
  useSessionStore.getState().actions.start({ ...config, count: picked.questions.length }, picked.questions);
  await openSessionScreen();
  return null;
}
