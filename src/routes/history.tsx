import { createFileRoute } from "@tanstack/react-router";
import { HistoryScreen } from "../features/history/history-screen.tsx";

export const Route = createFileRoute("/history")({
  // Dynamic import: the history code (IndexedDB, FSRS, stats) stays out of other pages' first paint.
  loader: async () => (await import("../store/load-history.ts")).loadHistoryWithStore(),
  component: HistoryRoute,
});

function HistoryRoute() {
  return <HistoryScreen history={Route.useLoaderData()} />;
}
