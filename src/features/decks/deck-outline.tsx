import { Link } from "@tanstack/react-router";

export interface OutlineSection {
  title: string;
  /** Questions in the section. */
  total: number;
  /** Questions matching the search; equals `total` without one. */
  shown: number;
}

export interface DeckOutlineProps {
  deckId: string;
  sections: readonly OutlineSection[];
  searching: boolean;
}

/**
 * The deck's sections as links (kept on screen beside the questions on a wide screen). While
 * searching, each says how many of its questions match; one with none is not a link.
 */
export function DeckOutline({ deckId, sections, searching }: DeckOutlineProps) {
  return (
    <nav aria-label="Sections" className="toc deck-outline">
      <p className="deck-outline__title" aria-hidden="true">
        Sections
      </p>
      <ol>
        {sections.map((section, index) => (
          <li key={section.title} className={section.shown === 0 ? "deck-outline__empty" : undefined}>
            {section.shown === 0 ? (
              section.title
            ) : (
              <Link to="/decks/$deckId" params={{ deckId }} search={(prev) => prev}
                hash={`section-${index + 1}`}
                activeOptions={{ includeHash: true }}
              >
                {section.title}
              </Link>
            )}{" "}
            <span className="meta">({searching ? `${section.shown} of ${section.total}` : section.total})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
