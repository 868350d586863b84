import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@tanstack/react-router";
import type { Deck, Question } from "../../deck/deck-types.ts";
import { formatScore, questionResults, scoreSession, timeSummary, topicTotals } from "../../interview/scoring.ts";
import { GRADE_LABELS } from "../../interview/session-types.ts";
import type { Grade } from "../../interview/session-types.ts";
import { useSessionActions, useSessionStore } from "../../store/session-store.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { PractiseAgainButton } from "./practise-again-button.tsx";
import { QuestionResultItem } from "./question-result-item.tsx";
import { useChangedSincePractised } from "./use-changed-since-practised.ts";
import { ResultsNotFound } from "./results-not-found.tsx";
import { ScoreSummary } from "./score-summary.tsx";
import { TopicBreakdown } from "./topic-breakdown.tsx";
import "./results.css";

export interface ResultsScreenProps {
  sessionId: string;
  /** The session's decks as they are now (answers, key points); a removed deck is simply absent. */
  decks: readonly Deck[];
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * Results of one finished session: score, per-topic breakdown, every question with its grade
 * (editable), time, flag, notes and answer; practise the weak ones again; export. Reads the
 * session from the store, so a regrade shows at once (and is saved with it).
 */
export function ResultsScreen({ sessionId, decks }: ResultsScreenProps) {
  const session = useSessionStore((state) => state.finished[sessionId]);
  const actions = useSessionActions();
  const [announcement, setAnnouncement] = useState("");
  const questions = useMemo(() => decks.flatMap((deck) => deck.questions), [decks]);
  const questionsById = useMemo(() => new Map<string, Question>(questions.map((q) => [q.id, q])), [questions]);
  const changedSincePractised = useChangedSincePractised(questions);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const found = session !== undefined;
  // Arriving from Finish (or a link), a keyboard or screen reader user starts at the heading.
  useEffect(() => {
    if (found) headingRef.current?.focus();
  }, [found, sessionId]);

  if (session === undefined) return <ResultsNotFound sessionId={sessionId} />;

  const rows = questionResults(session);
  const regrade = (questionId: string, grade: Grade) => {
    actions.regrade(sessionId, questionId, grade);
    const updated = useSessionStore.getState().finished[sessionId];
    const label = updated?.questionMeta[questionId]?.label || "The question";
    if (updated) {
      setAnnouncement(`${label} is now ${grade} ${GRADE_LABELS[grade]}. Score ${formatScore(scoreSession(updated))}.`);
    }
  };
  const deckTitles = session.config.deckIds.map((id) => decks.find((deck) => deck.id === id)?.title ?? id);

  return (
    <div className="page results-page">
      <DocumentTitle>Results</DocumentTitle>
      <h1 ref={headingRef} tabIndex={-1}>
        Results
      </h1>
      <p className="meta">
        {session.finishedAt === undefined ? null : (
          <>
            Finished{" "}
            <time dateTime={new Date(session.finishedAt).toISOString()}>{dateFormat.format(session.finishedAt)}</time>{" "}
            ·{" "}
          </>
        )}
        {deckTitles.join(", ")} · {session.config.mode} mode
      </p>
      <ScoreSummary score={scoreSession(session)} time={timeSummary(session)} />
      <PractiseAgainButton session={session} />
      <TopicBreakdown topics={topicTotals(session)} />
      <section className="results-questions" aria-labelledby="results-questions-heading">
        <h2 id="results-questions-heading">Questions</h2>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <ol className="result-list">
          {rows.map((row) => (
            <QuestionResultItem
              key={row.questionId}
              sessionId={sessionId}
              row={row}
              question={questionsById.get(row.questionId)}
              changedSincePractised={changedSincePractised.has(row.questionId)}
              onRegrade={regrade}
            />
          ))}
        </ol>
      </section>
      <ExportButtons session={session} questions={questions} />
      <p className="actions results-back">
        <Link to="/" className="button button--secondary">
          Back to setup
        </Link>
      </p>
    </div>
  );
}
