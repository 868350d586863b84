import { createFileRoute } from "@tanstack/react-router";
import { HistoryScreen } from "../features/history/history-screen.tsx";
import { loadSavedDeckList } from "../store/deck-repository.ts";

export const Route = createFileRoute("/history")({
  // Dynamic import: the history code (IndexedDB, FSRS, stats) stays out of other pages' first paint.
  // The saved decks' list loads alongside, so rows of imported decks show their titles at once.
  loader: async () => {
    const [history] = await Promise.all([
      import("../store/load-history.ts").then((m) => m.loadHistoryWithStore()),
      loadSavedDeckList().catch(() => undefined),
    ]);
    return history;
  },
  component: HistoryRoute,
});

function HistoryRoute() {
  return <HistoryScreen history={Route.useLoaderData()} />;
}
