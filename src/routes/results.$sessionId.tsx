import { createFileRoute, notFound } from "@tanstack/react-router";
import { ResultsNotFound } from "../features/results/results-not-found.tsx";
import { ResultsScreen } from "../features/results/results-screen.tsx";
import { getDecks } from "../store/deck-repository.ts";
import { loadSessionStore } from "../store/load-session-store.ts";
import { prefetchAnswerRenderer } from "../ui/answer-renderer.ts";

export const Route = createFileRoute("/results/$sessionId")({
  loader: async ({ params }) => {
    const { useSessionStore } = await loadSessionStore();
    let session = useSessionStore.getState().finished[params.sessionId];
    if (!session && typeof indexedDB !== "undefined") {
      // A session from history only (imported from a backup): the results screen reads the store,
      // so it comes back there, and stays even if it came back after "Delete all data".
      const { historyDb } = await import("../store/history-db.ts");
      session = (await historyDb().readHistory()).sessions.find((s) => s.id === params.sessionId);
      if (session) useSessionStore.getState().actions.restoreFinished(session);
    }
    if (!session) throw notFound();
    void prefetchAnswerRenderer().catch(() => undefined);
    const deckIds = new Set(
      [...session.config.deckIds, ...Object.values(session.questionMeta).map((m) => m.deckId)].filter(Boolean),
    );
    // Without its decks the page still shows every recorded prompt, grade and note.
    const decks = await getDecks([...deckIds]).catch(() => []);
    return { decks };
  },
  component: ResultsRoute,
  notFoundComponent: ResultsNotFoundRoute,
});

function ResultsRoute() {
  const { sessionId } = Route.useParams();
  const { decks } = Route.useLoaderData();
  return <ResultsScreen sessionId={sessionId} decks={decks} />;
}

function ResultsNotFoundRoute() {
  const { sessionId } = Route.useParams();
  return <ResultsNotFound sessionId={sessionId} />;
}
