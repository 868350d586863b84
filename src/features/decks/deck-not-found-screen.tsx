import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../../ui/document-title.tsx";

export interface DeckNotFoundScreenProps {
  deckId: string;
}

/** `/decks/<id>` for a deck that is not bundled. */
export function DeckNotFoundScreen({ deckId }: DeckNotFoundScreenProps) {
  return (
    <div className="page page--narrow">
      <DocumentTitle>Deck not found</DocumentTitle>
      <h1>Deck not found</h1>
      <p>There is no deck called “{deckId}”. It may have been renamed or removed.</p>
      <p className="actions">
        <Link to="/decks" className="button">
          See all decks
        </Link>
        <Link to="/" className="button button--secondary">
          Go to setup
        </Link>
      </p>
    </div>
  );
}
