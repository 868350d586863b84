import { Link } from "@tanstack/react-router";
import type { DeckSummary } from "../../deck/deck-types.ts";
import { countLabel } from "../../ui/count-label.ts";
import { DocumentTitle } from "../shell/document-title.tsx";

export interface DeckLibraryScreenProps {
  decks: DeckSummary[];
}

/** Every deck the app has, each with a way in to read its questions. */
export function DeckLibraryScreen({ decks }: DeckLibraryScreenProps) {
  return (
    <div className="page">
      <DocumentTitle>Decks</DocumentTitle>
      <h1>Decks</h1>
      <p className="lead">
        A deck is a Markdown file of questions and model answers. These come bundled with Rehearse; importing your own
        file is not available yet.
      </p>
      {decks.length === 0 ? (
        <p>No decks are bundled with this build.</p>
      ) : (
        <ul className="card-list" aria-label="Bundled decks">
          {decks.map((deck) => (
            <li key={deck.id} className="card">
              <h2>{deck.title}</h2>
              {deck.description ? <p>{deck.description}</p> : null}
              <p className="meta">
                {countLabel(deck.questionCount, "question")} · {countLabel(deck.sections.length, "topic")} ·{" "}
                {deck.kinds.concept} concept · {deck.kinds.scenario} scenario
              </p>
              <p>
                <Link to="/decks/$deckId" params={{ deckId: deck.id }} aria-label={`Browse ${deck.title}`}>
                  Browse
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
