import { Link } from "@tanstack/react-router";
import type { Deck, Question } from "../../deck/deck-types.ts";
import { countLabel } from "../../ui/count-label.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { DeckQuestion } from "./deck-question.tsx";
import "./deck-browse.css";

export interface DeckBrowseScreenProps {
  deck: Deck;
}

/** Questions grouped by section, in the deck's section order. */
function groupBySection(deck: Deck): { title: string; questions: Question[] }[] {
  const groups = new Map<string, Question[]>(deck.sections.map((title) => [title, []]));
  for (const question of deck.questions) {
    const group = groups.get(question.section);
    if (group) group.push(question);
    else groups.set(question.section, [question]);
  }
  return [...groups].map(([title, questions]) => ({ title, questions }));
}

/** A whole deck to read: every question with its rendered model answer, by section. */
export function DeckBrowseScreen({ deck }: DeckBrowseScreenProps) {
  const sections = groupBySection(deck);
  const concept = deck.questions.filter((q) => q.kind === "concept").length;
  return (
    <div className="page">
      <DocumentTitle>{deck.title}</DocumentTitle>
      <p>
        <Link to="/decks">Back to decks</Link>
      </p>
      <h1>{deck.title}</h1>
      {deck.description ? <p className="lead">{deck.description}</p> : null}
      <p className="meta">
        {countLabel(deck.questions.length, "question")} · {concept} concept · {deck.questions.length - concept}{" "}
        scenario{deck.lastUpdated ? ` · last updated ${deck.lastUpdated}` : ""}
      </p>
      <nav aria-label="Sections" className="toc">
        <ol>
          {sections.map((section, index) => (
            <li key={section.title}>
              <Link
                to="/decks/$deckId"
                params={{ deckId: deck.id }}
                hash={`section-${index + 1}`}
                activeOptions={{ includeHash: true }}
              >
                {section.title}
              </Link>{" "}
              <span className="meta">({section.questions.length})</span>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section, sectionIndex) => (
        <section key={section.title} className="deck-section" aria-labelledby={`section-${sectionIndex + 1}`}>
          <h2 id={`section-${sectionIndex + 1}`}>{section.title}</h2>
          {section.questions.map((question, questionIndex) => (
            <DeckQuestion
              key={question.id}
              question={question}
              headingId={`question-${sectionIndex + 1}-${questionIndex + 1}`}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
