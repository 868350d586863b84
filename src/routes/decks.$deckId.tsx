import { createFileRoute, notFound } from "@tanstack/react-router";
import { DeckBrowseScreen } from "../features/decks/deck-browse-screen.tsx";
import { DeckNotFoundScreen } from "../features/decks/deck-not-found-screen.tsx";
import { getDeck } from "../store/deck-repository.ts";
import { prefetchAnswerRenderer } from "../ui/lazy-answer.tsx";

/** `?q=` is the deck page's search, so a link can share it. */
interface DeckSearch {
  q?: string;
}

/** Longest search kept from a link: anything longer is not a search someone typed. */
const MAX_QUERY = 200;

export const Route = createFileRoute("/decks/$deckId")({
  // Anything else in the link is dropped; a number reads as its text (`?q=2024`).
  validateSearch: (raw: Record<string, unknown>): DeckSearch => {
    const q = typeof raw.q === "number" && Number.isFinite(raw.q) ? String(raw.q) : raw.q;
    return typeof q === "string" && q.trim() !== "" && q.length <= MAX_QUERY ? { q } : {};
  },
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
