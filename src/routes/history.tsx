import { createFileRoute } from "@tanstack/react-router";
import { HistoryScreen } from "../features/history/history-screen.tsx";
import { loadSavedDeckListIfAny } from "../store/deck-repository.ts";
import { loadSessionStore } from "../store/load-session-store.ts";

export const Route = createFileRoute("/history")({
  // Dynamic import: the history code (IndexedDB, FSRS, stats) stays out of other pages' first paint.
  // What it reads next is fetched alongside rather than after it: the session store (history files
  // what it holds) and the saved decks' list (so rows of imported decks show their titles at once;
  // none of its code loads when this browser has no saved decks).
  loader: async () => {
    const [history] = await Promise.all([
      import("../store/load-history.ts").then((m) => m.loadHistoryWithStore()),
      loadSessionStore(),
      loadSavedDeckListIfAny(),
    ]);
    return history;
  },
  component: HistoryRoute,
});

function HistoryRoute() {
  return <HistoryScreen history={Route.useLoaderData()} />;
}
