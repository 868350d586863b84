import { createFileRoute, notFound } from "@tanstack/react-router";
import { DeckBrowseScreen } from "../features/decks/deck-browse-screen.tsx";
import { DeckNotFoundScreen } from "../features/decks/deck-not-found-screen.tsx";
import { getDeck } from "../store/deck-repository.ts";
import { prefetchAnswerRenderer } from "../ui/lazy-answer.tsx";

/**
 * `?q=`: the deck page's search, so a link can share it; anything else is dropped. Kept minimal
 * (it is part of the app's first bundle): the screen trims it, and a number reads as its text.
 */
function validateDeckSearch(raw: Record<string, unknown>): { q?: string } {
  return typeof raw.q === "string" || typeof raw.q === "number" ? { q: String(raw.q) } : {};
}

export const Route = createFileRoute("/decks/$deckId")({
  validateSearch: validateDeckSearch,
  loader: async ({ params, location }) => {
    // The page opens with every answer folded: the renderer (100 KiB of script, a long task to
    // evaluate) is not part of its first paint, and fetched alongside the deck it only delayed it.
    // The screen fetches it once the page is idle, or when the reader reaches for an answer. A
    // search link opens the answers it finds words in at once: then they need it now.
    if (validateDeckSearch(location.search).q?.trim()) void prefetchAnswerRenderer().catch(() => undefined);
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
