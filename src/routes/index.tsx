import { createFileRoute } from "@tanstack/react-router";
import { deckSummaries } from "virtual:rehearse-decks";
import { SetupScreen } from "../features/setup/setup-screen.tsx";

export const Route = createFileRoute("/")({
  component: SetupRoute,
});

function SetupRoute() {
  return <SetupScreen decks={deckSummaries} />;
}
