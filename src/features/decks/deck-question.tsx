import type { Question } from "../../deck/deck-types.ts";
import { LazyAnswer } from "../../ui/lazy-answer.tsx";
import { PromptDetail } from "../../ui/prompt-detail.tsx";
import { useNearViewport } from "./use-near-viewport.ts";

export interface DeckQuestionProps {
  question: Question;
  /** Unique within the page, for the heading the article is labelled by. */
  headingId: string;
}

const kindNames = { concept: "Concept", scenario: "Scenario" } as const;

/**
 * One question of a deck as read on the browse page: label, prompt, kind and the model answer.
 * The answer is rendered (Markdown, highlighted code) once it is near the viewport: rendering a
 * whole deck's answers at once kept a phone busy for a second after the page appeared. Until then
 * it shows as its Markdown source, so every word is on the page (and found by the browser's search).
 */
export function DeckQuestion({ question, headingId }: DeckQuestionProps) {
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <article ref={ref} className="question" aria-labelledby={headingId}>
      <h3 id={headingId} className="question__prompt">
        <span className="question__label">{question.label}</span> {question.prompt}
      </h3>
      {question.promptDetail ? <PromptDetail markdown={question.promptDetail} headingLevel={3} /> : null}
      <p className="question__kind">{kindNames[question.kind]}</p>
      {near ? (
        <LazyAnswer markdown={question.answer} headingLevel={3} />
      ) : (
        <div className="answer answer--source">{question.answer}</div>
      )}
    </article>
  );
}
