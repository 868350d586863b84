import type { Question } from "../../deck/deck-types.ts";
import { GRADE_LABELS, type SessionConfig } from "../../interview/session-types.ts";
import type { ItemHits } from "../../lib/text-search.ts";
import type { QuestionProgress } from "../../store/load-history.ts";
import { countLabel } from "../../ui/count-label.ts";
import { prefetchAnswerRenderer } from "../../ui/answer-renderer.ts";
import { PromptDetail } from "../../ui/prompt-detail.tsx";
import { focusedConfig } from "../../interview/focused-config.ts";
import { nextReviewText } from "../../lib/next-review-text.ts";
import { StartPracticeButton } from "../../ui/start-practice-button.tsx";
import { MarkedText } from "./marked-text.tsx";
import { NearAnswer } from "./near-answer.tsx";

export interface DeckQuestionProps {
  question: Question;
  /** Unique within the page, for the heading the article is labelled by. */
  headingId: string;
  open: boolean;
  onToggle(questionId: string, open: boolean): void;
  /** The search typed on the page ("" = none): matches in the prompt are marked. */
  query: string;
  hits: ItemHits | undefined;
  progress: QuestionProgress | undefined;
  now: number;
  /** Starts a session of this config; resolves to why it did not start, or null. */
  practise(config: SessionConfig): Promise<string | null>;
  sessionOpen: boolean;
}

/** A reader about to open an answer (pointer over it, a touch, focus): its renderer starts loading. */
function warmRenderer(): void {
  void prefetchAnswerRenderer().catch(() => undefined);
}

const kindNames = { concept: "Concept", scenario: "Scenario" } as const;

function progressText(progress: QuestionProgress | undefined, now: number): string | null {
  if (progress === undefined) return null;
  const parts: string[] = [];
  if (progress.lastGrade !== null) parts.push(`last grade ${progress.lastGrade} ${GRADE_LABELS[progress.lastGrade]}`);
  if (progress.due !== null) parts.push(`next review ${nextReviewText(progress.due, now)}`);
  return parts.length === 0 ? null : parts.join(" · ");
}

/**
 * One question of a deck as read on the browse page: label, prompt, kind and what history says
 * of it, with the model answer behind a disclosure (rendered once opened and near the screen) and
 * a button to practise just this question.
 */
export function DeckQuestion({ question, headingId, open, onToggle, query, hits, progress, now, practise, sessionOpen }: DeckQuestionProps) {
  const history = progressText(progress, now);
  return (
    <article className="question deck-question" aria-labelledby={headingId}>
      <details open={open} onToggle={(event) => onToggle(question.id, event.currentTarget.open)}>
        <summary className="deck-question__summary" onPointerEnter={warmRenderer} onFocus={warmRenderer}>
          <h3 id={headingId} className="question__prompt">
            <span className="question__label">{question.label}</span> <MarkedText text={question.prompt} query={query} />
          </h3>
          <span className="deck-question__meta">
            <span className="question__kind">{kindNames[question.kind]}</span>
            {history === null ? null : <span className="deck-question__progress">{history}</span>}
            {hits !== undefined && hits.answer > 0 ? (
              <span className="deck-question__hits">{countLabel(hits.answer, "match", "matches")} in the answer</span>
            ) : null}
          </span>
        </summary>
        {open ? (
          <div className="deck-question__body">
            {/* The question's own detail (options, a snippet) first, then the answer. */}
            {question.promptDetail ? <PromptDetail markdown={question.promptDetail} headingLevel={3} /> : null}
            <NearAnswer markdown={question.answer} headingLevel={3} />
            <StartPracticeButton
              compact
              sessionOpen={sessionOpen}
              start={() =>
                practise(focusedConfig(
                  { deckIds: [question.deckId], questionIds: [question.id], order: "in-order", count: 1 },
                ))
              }
            >
              Practise this question
            </StartPracticeButton>
          </div>
        ) : null}
      </details>
    </article>
  );
}
