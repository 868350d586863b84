import { createFileRoute } from "@tanstack/react-router";
import { ResultsScreen } from "../features/results/results-screen.tsx";

export const Route = createFileRoute("/results/$sessionId")({
  component: ResultsRoute,
});

function ResultsRoute() {
  const { sessionId } = Route.useParams();
  return <ResultsScreen sessionId={sessionId} />;
}
