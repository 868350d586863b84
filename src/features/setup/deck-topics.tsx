import type { DeckSummary } from "../../deck/deck-types.ts";

export interface DeckTopicsProps {
  deck: DeckSummary;
  /** Ticked topic titles; null = every topic. */
  selected: readonly string[] | null;
  /** Off while the deck itself is not chosen. */
  disabled: boolean;
  onChange(titles: string[], ticked: boolean): void;
}

/** A deck's topics as checkboxes, each with how many questions it holds: "Networking & Security (2)". */
export function DeckTopics({ deck, selected, disabled, onChange }: DeckTopicsProps) {
  const titles = deck.sections.map((section) => section.title);
  return (
    <fieldset className="setup-fieldset setup-topics" disabled={disabled}>
      <legend>Topics</legend>
      <ul className="choice-list choice-list--columns">
        {deck.sections.map((section, index) => {
          const id = `topic-${deck.id}-${index}`;
          return (
            <li key={section.title}>
              <input
                type="checkbox"
                id={id}
                checked={selected === null || selected.includes(section.title)}
                onChange={(event) => onChange([section.title], event.currentTarget.checked)}
              />
              <label htmlFor={id}>{`${section.title} (${section.count})`}</label>
            </li>
          );
        })}
      </ul>
      <p className="setup-inline-actions">
        <button type="button" className="button button--secondary button--small" onClick={() => onChange(titles, true)}>
          All topics <span className="visually-hidden">in {deck.title}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange(titles, false)}
        >
          No topics <span className="visually-hidden">in {deck.title}</span>
        </button>
      </p>
    </fieldset>
  );
}
