import { createFileRoute } from "@tanstack/react-router";
import { deckSummaries } from "virtual:rehearse-decks";
import { DeckLibraryScreen } from "../features/decks/deck-library-screen.tsx";

export const Route = createFileRoute("/decks/")({
  component: DeckLibraryRoute,
});

function DeckLibraryRoute() {
  return <DeckLibraryScreen decks={deckSummaries} />;
}
