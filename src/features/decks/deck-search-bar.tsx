import { useId } from "react";
import { countLabel } from "../../ui/count-label.ts";

/** The longest search the box takes (a longer one from a link is cut to it). */
export const MAX_QUERY = 200;

export interface DeckSearchBarProps {
  query: string;
  onQueryChange(query: string): void;
  /** Matches (prompts and answers) and the questions they are in; null when not searching. */
  found: { matches: number; questions: number } | null;
  onExpandAll(): void;
  onCollapseAll(): void;
}

/** Search the deck as you type (the count said politely), and open or close every answer. */
export function DeckSearchBar({ query, onQueryChange, found, onExpandAll, onCollapseAll }: DeckSearchBarProps) {
  const inputId = useId();
  const countId = useId();
  return (
    <div className="deck-toolbar" role="search">
      <div className="deck-toolbar__search">
        <label htmlFor={inputId} className="deck-toolbar__label">
          Search questions and answers
        </label>
        <input
          id={inputId}
          type="search"
          className="deck-toolbar__input"
          value={query}
          autoComplete="off"
          maxLength={MAX_QUERY}
          spellCheck={false}
          aria-describedby={countId}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
        />
        <p id={countId} className="meta deck-toolbar__count" role="status">
          {found === null
            ? ""
            : found.matches === 0
              ? "No matches in this deck."
              : `${countLabel(found.matches, "match", "matches")} in ${countLabel(found.questions, "question")}`}
        </p>
      </div>
      <div className="deck-toolbar__buttons">
        <button type="button" className="button button--secondary" onClick={onExpandAll}>
          Expand all
        </button>
        <button type="button" className="button button--secondary" onClick={onCollapseAll}>
          Collapse all
        </button>
      </div>
    </div>
  );
}
