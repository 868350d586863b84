import { Link } from "@tanstack/react-router";
import type { DeckListing } from "../../store/deck-repository.ts";
import { countLabel } from "../../ui/count-label.ts";
import { DeckTopics } from "./deck-topics.tsx";

export interface DeckPickerProps {
  deck: DeckListing;
  included: boolean;
  /** Questions due for review today, once history has loaded. */
  dueToday?: number;
  /** Ticked topic titles across decks; null = every topic. */
  sections: readonly string[] | null;
  onIncludedChange(included: boolean): void;
  onTopicsChange(titles: string[], ticked: boolean): void;
}

/** One deck (bundled, or the person's own: marked "Yours"): whether to draw from it, and which of its topics. */
export function DeckPicker({ deck, included, dueToday, sections, onIncludedChange, onTopicsChange }: DeckPickerProps) {
  const checkboxId = `deck-${deck.id}`;
  return (
    <div className="card setup-deck">
      <h3 className="setup-deck__title">{deck.title}</h3>
      {/* Known a moment after the first paint: a badge on the card's edge, so nothing moves when it comes. */}
      {dueToday ? <strong className="setup-deck__due">{dueToday} due today</strong> : null}
      {deck.description ? <p>{deck.description}</p> : null}
      <p className="meta">
        {deck.origin === "saved" ? (
          <>
            <span className="deck-origin">Yours</span> ·{" "}
          </>
        ) : null}
        {countLabel(deck.questionCount, "question")} · {deck.kinds.concept} concept · {deck.kinds.scenario} scenario ·{" "}
        <Link to="/decks/$deckId" params={{ deckId: deck.id }}>
          Browse all questions in {deck.title}
        </Link>
      </p>
      <p className="setup-deck__include">
        <input
          type="checkbox"
          id={checkboxId}
          checked={included}
          onChange={(event) => onIncludedChange(event.currentTarget.checked)}
        />
        <label htmlFor={checkboxId}>Include {deck.title}</label>
      </p>
      <DeckTopics deck={deck} selected={sections} disabled={!included} onChange={onTopicsChange} />
    </div>
  );
}
