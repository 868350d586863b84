import { createFileRoute, notFound } from "@tanstack/react-router";
import { DeckBrowseScreen } from "../features/decks/deck-browse-screen.tsx";
import { DeckNotFoundScreen } from "../features/decks/deck-not-found-screen.tsx";
import { getDeck } from "../store/deck-repository.ts";
import { prefetchAnswerRenderer } from "../ui/lazy-answer.tsx";

export const Route = createFileRoute("/decks/$deckId")({
  loader: async ({ params }) => {
    // The answers need the renderer chunk: fetch it alongside the deck's questions.
    void prefetchAnswerRenderer().catch(() => undefined);
    // A bundled deck, or one the person imported.
    const deck = await getDeck(params.deckId);
    if (!deck) throw notFound();
    return deck;
  },
  component: DeckRoute,
  notFoundComponent: DeckNotFoundRoute,
});

function DeckRoute() {
  const deck = Route.useLoaderData();
  return <DeckBrowseScreen deck={deck} />;
}

function DeckNotFoundRoute() {
  const { deckId } = Route.useParams();
  return <DeckNotFoundScreen deckId={deckId} />;
}
