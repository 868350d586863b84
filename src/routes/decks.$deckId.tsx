import { createFileRoute, notFound } from "@tanstack/react-router";
import { DeckBrowseScreen } from "../features/decks/deck-browse-screen.tsx";
import { DeckNotFoundScreen } from "../features/decks/deck-not-found-screen.tsx";
import { getDeck } from "../store/deck-repository.ts";

/**
 * `?q=`: the deck page's search, so a link can share it; anything else is dropped. Kept minimal
 * (it is part of the app's first bundle): the screen trims it, and a number reads as its text.
 */
function validateDeckSearch(raw: Record<string, unknown>): { q?: string } {
  return typeof raw.q === "string" || typeof raw.q === "number" ? { q: String(raw.q) } : {};
}

export const Route = createFileRoute("/decks/$deckId")({
  validateSearch: validateDeckSearch,
  loader: async ({ params }) => {
    // Not the answer renderer (100 KiB of script, a long task to evaluate): the page opens with
    // every answer folded, and fetched alongside the deck it only delayed the first paint. The
    // screen fetches it once the page is idle, when the reader reaches for an answer, or as it
    // renders the answers a search link opens.
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
  const { q = "" } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DeckBrowseScreen
      key={deck.id}
      deck={deck}
      query={q}
      onQueryChange={(query) =>
        void navigate({ search: query.trim() === "" ? {} : { q: query }, replace: true, resetScroll: false })
      }
    />
  );
}

function DeckNotFoundRoute() {
  const { deckId } = Route.useParams();
  return <DeckNotFoundScreen deckId={deckId} />;
}
