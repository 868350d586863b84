import { Link } from "@tanstack/react-router";
import type { DeckSummary } from "../../deck/deck-types.ts";
import { countLabel } from "../../ui/count-label.ts";

export interface BundledDeckListProps {
  decks: readonly DeckSummary[];
}

/** The decks that come with Rehearse, each with a way in to read its questions. */
export function BundledDeckList({ decks }: BundledDeckListProps) {
  return (
    <section aria-labelledby="bundled-decks-title">
      <h2 id="bundled-decks-title">Bundled decks</h2>
      {decks.length === 0 ? (
        <p>No decks are bundled with this build.</p>
      ) : (
        <ul className="card-list" aria-label="Bundled decks">
          {decks.map((deck) => (
            <li key={deck.id} className="card deck-card">
              <h3 className="deck-card__title">{deck.title}</h3>
              {deck.description ? <p>{deck.description}</p> : null}
              <p className="meta">
                {countLabel(deck.questionCount, "question")} · {countLabel(deck.sections.length, "topic")} ·{" "}
                {deck.kinds.concept} concept · {deck.kinds.scenario} scenario
              </p>
              <div className="deck-card__actions">
                <Link to="/" search={{ decks: deck.id }} className="button">
                  Practise <span className="visually-hidden">{deck.title}</span>
                </Link>
                <Link
                  to="/decks/$deckId"
                  params={{ deckId: deck.id }}
                  className="button button--secondary"
                  aria-label={`Browse ${deck.title}`}
                >
                  Browse
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
