import type { Question } from "../../deck/deck-types.ts";
import { LazyAnswer } from "../../ui/lazy-answer.tsx";
import { PromptDetail } from "../../ui/prompt-detail.tsx";

export interface DeckQuestionProps {
  question: Question;
  /** Unique within the page, for the heading the article is labelled by. */
  headingId: string;
}

const kindNames = { concept: "Concept", scenario: "Scenario" } as const;

/** One question of a deck as read on the browse page: label, prompt, kind and the model answer. */
export function DeckQuestion({ question, headingId }: DeckQuestionProps) {
  return (
    <article className="question" aria-labelledby={headingId}>
      <h3 id={headingId} className="question__prompt">
        <span className="question__label">{question.label}</span> {question.prompt}
      </h3>
      {question.promptDetail ? <PromptDetail markdown={question.promptDetail} headingLevel={3} /> : null}
      <p className="question__kind">{kindNames[question.kind]}</p>
      <LazyAnswer markdown={question.answer} headingLevel={3} />
    </article>
  );
}
