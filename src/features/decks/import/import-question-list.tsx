import { useDeferredValue, useId, useMemo, useState } from "react";
import type { Question } from "../../../deck/deck-types.ts";
import { inlineSourceText } from "../../../deck/prompt-text.ts";
import { countLabel } from "../../../ui/count-label.ts";

export interface ImportQuestionListProps {
  questions: readonly Question[];
}

/** How many questions show at once: a long file's list stays quick; the search narrows it. */
const SHOWN = 50;

/** The first lines of an answer as plain text, short enough to skim. */
function answerPreview(answer: string): string {
  const lines = answer.split("\n").slice(0, 4);
  const text = inlineSourceText(lines.map((line) => line.replace(/^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>|\||`{3,}\w*)[ \t]*/, "")).join(" "));
  return text.length > 180 ? `${text.slice(0, 179)}…` : text;
}

interface Row {
  question: Question;
  preview: string;
  /** Lower-case text the search looks in. */
  haystack: string;
}

/**
 * The questions the import will save, each with its label, section, prompt and the first lines
 * of its answer, searchable — so a person sees what was read (and what looks wrong) before saving,
 * not only counts. An answer left empty says it will be left out of scored sessions.
 */
export function ImportQuestionList({ questions }: ImportQuestionListProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo<Row[]>(
    () =>
      questions.map((question) => {
        const preview = answerPreview(question.answer);
        const haystack = `${question.label} ${question.section} ${question.prompt} ${question.promptDetail ?? ""} ${question.answer}`.toLowerCase();
        return { question, preview, haystack };
      }),
    [questions],
  );
  const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.length === 0 ? rows : rows.filter((row) => words.every((word) => row.haystack.includes(word)));
  const shown = matches.slice(0, SHOWN);
  const status =
    words.length === 0
      ? matches.length > SHOWN
        ? `Showing the first ${SHOWN} of ${countLabel(matches.length, "question")}; search to find others.`
        : `All ${countLabel(matches.length, "question")}.`
      : `${countLabel(matches.length, "question")} ${matches.length === 1 ? "matches" : "match"}${matches.length > SHOWN ? `; showing the first ${SHOWN}` : ""}.`;

  return (
    <section className="import-questions" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Questions</h4>
      <label htmlFor={`${id}-search`} className="field-label">
        Search questions
      </label>
      <input
        id={`${id}-search`}
        className="text-input"
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-status`}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <p id={`${id}-status`} className="meta" aria-live="polite">
        {status}
      </p>
      {shown.length === 0 ? (
        <p>No question has those words. Clear the search to see them all.</p>
      ) : (
        <ol className="import-question-list">
          {shown.map(({ question, preview }) => (
            <li key={question.id} className="import-question">
              <p className="import-question__prompt">
                <span className="question__label">{question.label}</span> {question.prompt}
                {question.promptDetail ? <span className="meta"> (with more below the question)</span> : null}
              </p>
              <p className="import-question__meta meta">{question.section}</p>
              <p className={preview === "" ? "import-question__answer import-question__answer--empty" : "import-question__answer"}>
                {preview === "" ? "No answer: left out of scored sessions." : preview}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
