import type { SectionSummary } from "../../deck/deck-types.ts";

export interface DeckTopicsProps {
  sections: SectionSummary[];
}

/** A deck's topics, each with how many questions it holds: "Networking & Security (2)". */
export function DeckTopics({ sections }: DeckTopicsProps) {
  return (
    <ul className="topic-list">
      {sections.map((section) => (
        <li key={section.title}>{`${section.title} (${section.count})`}</li>
      ))}
    </ul>
  );
}
