import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "@tanstack/react-router";
import type { Deck, Question } from "../../deck/deck-types.ts";
import { normalizeQuery, searchItems, type ItemHits } from "../../lib/text-search.ts";
import { useOpenSessionAfterLoad } from "../../store/load-session-store.ts";
import { afterPageIdle } from "../../store/page-idle.ts";
import { countLabel } from "../../ui/count-label.ts";
import { focusedConfig } from "../../interview/focused-config.ts";
import type { SessionConfig } from "../../interview/session-types.ts";
import { startPractice } from "../../store/start-practice.ts";
import { StartPracticeButton } from "../../ui/start-practice-button.tsx";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { prefetchAnswerRenderer } from "../../ui/answer-renderer.ts";
import { DeckOutline } from "./deck-outline.tsx";
import { DeckQuestion } from "./deck-question.tsx";
import { DeckSearchBar, MAX_QUERY } from "./deck-search-bar.tsx";
import { useDeckProgress } from "./use-deck-progress.ts";
import { useSearchHighlight } from "./use-search-highlight.ts";
import "./decks.css";
import "./deck-browse.css";

export interface DeckBrowseScreenProps {
  deck: Deck;
  /** The search in the link (`?q=`), "" for none. */
  query: string;
  /** The search changed (the route keeps it in the link). */
  onQueryChange(query: string): void;
}

/** Answers opened by a search: those with matches in them, when few enough to read (else none). */
const AUTO_OPEN_LIMIT = 10;

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

function autoOpened(hits: readonly ItemHits[]): Set<string> {
  const inAnswers = hits.filter((hit) => hit.answer > 0);
  return new Set(inAnswers.length <= AUTO_OPEN_LIMIT ? inAnswers.map((hit) => hit.id) : []);
}

/**
 * A whole deck to read: questions by section, answers collapsed until opened (or all at once),
 * a search over prompts and answers that filters as you type, the sections kept at hand, and
 * buttons to practise a section or a single question.
 */
export function DeckBrowseScreen({ deck, query: linkedQuery, onQueryChange }: DeckBrowseScreenProps) {
  const sections = useMemo(() => groupBySection(deck), [deck]);
  // A search longer than anyone types (a crafted link) is cut to the box's limit.
  const [query, setQuery] = useState(linkedQuery.slice(0, MAX_QUERY));
  const search = useMemo(() => searchItems(deck.questions, query), [deck, query]);
  const searching = normalizeQuery(query) !== "";
  const hitById = useMemo(() => new Map(search.hits.map((hit) => [hit.id, hit])), [search]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => (searching ? autoOpened(search.hits) : new Set()));
  const [now] = useState(() => Date.now());
  const progress = useDeckProgress(deck);
  const sessionOpen = useOpenSessionAfterLoad() !== null;
  const navigate = useNavigate();
  const practise = useCallback(
    (config: SessionConfig) => startPractice(config, () => navigate({ to: "/session" })),
    [navigate],
  );
  const questionsRef = useRef<HTMLDivElement>(null);
  useSearchHighlight(questionsRef, ".deck-question__answer", query);
  // The answers are folded, so their renderer is not in the first paint: it loads once the page is
  // idle (or sooner, when the reader points at or focuses a question, see DeckQuestion).
  useEffect(() => afterPageIdle(prefetchAnswerRenderer), []);

  const changeQuery = (value: string) => {
    setQuery(value);
    onQueryChange(value);
    // A new search opens the answers it found words in (when few); clearing it leaves them as they are.
    if (normalizeQuery(value) !== "") setOpen(autoOpened(searchItems(deck.questions, value).hits));
  };
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      if (current.has(id) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  const visible = (question: Question) => !searching || hitById.has(question.id);
  const concept = deck.questions.filter((q) => q.kind === "concept").length;
  const outline = sections.map((section) => ({
    title: section.title,
    total: section.questions.length,
    shown: section.questions.filter(visible).length,
  }));

  return (
    <div className="page deck-browse">
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
      {sessionOpen ? (
        <div className="notice">
          <p>You have a session open: practising a section or a question here finishes it first (its results are kept).</p>
        </div>
      ) : null}
      <DeckSearchBar
        query={query}
        onQueryChange={changeQuery}
        found={searching ? { matches: search.total, questions: search.hits.length } : null}
        onExpandAll={() => setOpen(new Set(deck.questions.filter(visible).map((q) => q.id)))}
        onCollapseAll={() => setOpen(new Set())}
      />
      <div className="deck-browse__layout">
        <DeckOutline deckId={deck.id} sections={outline} searching={searching} />
        <div className="deck-browse__main" ref={questionsRef}>
          {searching && search.hits.length === 0 ? (
            <p className="deck-browse__none">
              No question or answer mentions “{normalizeQuery(query)}”.{" "}
              <button type="button" className="button button--secondary" onClick={() => changeQuery("")}>
                Clear the search
              </button>
            </p>
          ) : null}
          {sections.map((section, sectionIndex) => {
            const shown = section.questions.filter(visible);
            if (shown.length === 0) return null;
            return (
              <section key={section.title} className="deck-section" aria-labelledby={`section-${sectionIndex + 1}`}>
                <div className="deck-section__head">
                  <h2 id={`section-${sectionIndex + 1}`}>{section.title}</h2>
                  <StartPracticeButton
                    compact
                    sessionOpen={sessionOpen}
                    label={`Practise this section: ${section.title}`}
                    start={() =>
                      practise(focusedConfig(
                        { deckIds: [deck.id], sections: [section.title], order: "in-order", count: section.questions.length },
                      ))
                    }
                  >
                    Practise this section
                  </StartPracticeButton>
                </div>
                {shown.map((question) => (
                  <DeckQuestion
                    key={question.id}
                    question={question}
                    headingId={`question-${sectionIndex + 1}-${section.questions.indexOf(question) + 1}`}
                    open={open.has(question.id)}
                    onToggle={toggle}
                    query={query}
                    hits={hitById.get(question.id)}
                    progress={progress[question.id]}
                    now={now}
                    practise={practise}
                    sessionOpen={sessionOpen}
                  />
                ))}
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
