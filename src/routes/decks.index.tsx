import { createFileRoute } from "@tanstack/react-router";
import { DeckLibraryScreen } from "../features/decks/deck-library-screen.tsx";

export const Route = createFileRoute("/decks/")({
  component: DeckLibraryScreen,
});
