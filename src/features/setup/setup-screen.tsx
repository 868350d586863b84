import { Link } from "@tanstack/react-router";
import type { DeckSummary } from "../../deck/deck-types.ts";
import { countLabel } from "../../ui/count-label.ts";
import { DocumentTitle } from "../shell/document-title.tsx";
import { DeckTopics } from "./deck-topics.tsx";

export interface SetupScreenProps {
  /** Every deck that can be practised, from the bundled manifest (no question bodies). */
  decks: DeckSummary[];
}

/** The start page: which decks and topics there are to practise. */
export function SetupScreen({ decks }: SetupScreenProps) {
  return (
    <div className="page">
      <DocumentTitle>Practice</DocumentTitle>
      <h1>Practice</h1>
      <p className="lead">
        Answer interview questions against the clock, reveal the model answer, and grade yourself against its key
        points.
      </p>
      {decks.length === 0 ? (
        <p>No decks are bundled with this build, so there is nothing to practise yet.</p>
      ) : (
        <div className="card-list">
          {decks.map((deck) => (
            <section key={deck.id} className="card" aria-labelledby={`setup-deck-${deck.id}`}>
              <h2 id={`setup-deck-${deck.id}`}>{deck.title}</h2>
              {deck.description ? <p>{deck.description}</p> : null}
              <p className="meta">
                {countLabel(deck.questionCount, "question")} · {deck.kinds.concept} concept ·{" "}
                {deck.kinds.scenario} scenario
              </p>
              <h3 className="card__subheading">Topics</h3>
              <DeckTopics sections={deck.sections} />
              <p>
                <Link to="/decks/$deckId" params={{ deckId: deck.id }}>
                  Browse all questions in {deck.title}
                </Link>
              </p>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
