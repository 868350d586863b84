import { useId } from "react";
import { deckTitle } from "./history-format.ts";

export interface HistoryFilter {
  /** `null` = every deck. */
  deckId: string | null;
  /** `null` = every topic. */
  section: string | null;
}

interface HistoryFiltersProps {
  deckIds: readonly string[];
  sections: readonly string[];
  filter: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}

/** Deck and topic pickers that narrow every part of the history page. */
export function HistoryFilters({ deckIds, sections, filter, onChange }: HistoryFiltersProps) {
  const id = useId();
  return (
    <form className="history-filters" aria-label="Filter history" onSubmit={(event) => event.preventDefault()}>
      <div className="history-filters__field">
        <label htmlFor={`${id}-deck`}>Deck</label>
        <select
          id={`${id}-deck`}
          value={filter.deckId ?? ""}
          onChange={(event) => onChange({ ...filter, deckId: event.target.value === "" ? null : event.target.value })}
        >
          <option value="">All decks</option>
          {deckIds.map((deckId) => (
            <option key={deckId} value={deckId}>
              {deckTitle(deckId)}
            </option>
          ))}
        </select>
      </div>
      <div className="history-filters__field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select
          id={`${id}-topic`}
          value={filter.section ?? ""}
          onChange={(event) => onChange({ ...filter, section: event.target.value === "" ? null : event.target.value })}
        >
          <option value="">All topics</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
