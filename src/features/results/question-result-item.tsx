import type { Question } from "../../deck/deck-types.ts";
import type { QuestionResult } from "../../interview/scoring.ts";
import { GRADE_LABELS } from "../../interview/session-types.ts";
import type { Grade } from "../../interview/session-types.ts";
import { AnswerDetails } from "./answer-details.tsx";
import { KeyPointsSummary } from "./key-points-summary.tsx";
import { RecordingTakes } from "./recording-takes.tsx";
import { RegradeButtons } from "./regrade-buttons.tsx";
import { overrunText, questionTimeText, topicName } from "./result-text.ts";

export interface QuestionResultItemProps {
  /** The session, for its recorded answers. */
  sessionId?: string;
  row: QuestionResult;
  question: Question | undefined;
  /** History says its prompt or answer changed in the deck since it was last practised. */
  changedSincePractised?: boolean;
  onRegrade(questionId: string, grade: Grade): void;
}

const kindNames = { concept: "Concept", scenario: "Scenario" } as const;

/**
 * One question of a finished session: the prompt as recorded (so it reads even if the deck is
 * gone), grade (editable), time to answer against its limit, flag, notes, and the answer.
 */
export function QuestionResultItem({ sessionId, row, question, changedSincePractised = false, onRegrade }: QuestionResultItemProps) {
  const { meta } = row;
  const headingId = `result-question-${row.index + 1}`;
  // One number per card: the deck's label ("Q5") when the question has one, else its position.
  const number = meta.label === "" ? `${row.index + 1}.` : meta.label;
  const over = overrunText(row);
  const marks = [row.flagged ? "Flagged for review" : null, row.skipped ? "Skipped" : null].filter((m) => m !== null);
  return (
    <li className={`result-question${row.overrun ? " result-question--over" : ""}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="question__prompt">
          <span className="question__label">{number}</span>{" "}
          {meta.prompt === "" ? "Question no longer recorded" : meta.prompt}
        </h3>
        <p className="meta">
          {topicName(meta.section)} · {kindNames[meta.kind]}
          {changedSincePractised ? <strong className="changed-badge"> · answer changed since you practised</strong> : null}
        </p>
        <dl className="result-facts">
          <div>
            <dt>Grade</dt>
            <dd>{row.grade === undefined ? "Not graded" : `${row.grade} ${GRADE_LABELS[row.grade]}`}</dd>
          </div>
          <div className={over === null ? undefined : "result-facts__over"}>
            <dt>Time to answer</dt>
            <dd>
              {questionTimeText(row)}
              {over === null ? null : (
                <>
                  {" "}
                  <strong className="overrun-badge">
                    <span aria-hidden="true">▲ </span>
                    {over}
                  </strong>
                </>
              )}
            </dd>
          </div>
          {marks.length > 0 ? (
            <div>
              <dt>Marked</dt>
              <dd>
                {row.flagged ? (
                  <span className="flag-mark" aria-hidden="true">
                    ⚑{" "}
                  </span>
                ) : null}
                {marks.join(" · ")}
              </dd>
            </div>
          ) : null}
          {meta.keyPointCount > 0 ? (
            <div className="result-facts__wide">
              <dt>Key points</dt>
              <dd>
                {row.checkedKeyPoints.length} of {meta.keyPointCount} covered
                <KeyPointsSummary row={row} question={question} />
              </dd>
            </div>
          ) : null}
        </dl>
        <RegradeButtons grade={row.grade} onGrade={(grade) => onRegrade(row.questionId, grade)} />
        {row.notes.trim() === "" ? null : (
          <div className="result-notes">
            <h4 className="result-notes__heading">Notes</h4>
            <p className="result-notes__text">{row.notes}</p>
          </div>
        )}
        {row.transcript.trim() === "" ? null : (
          <div className="result-notes">
            <h4 className="result-notes__heading">Transcript</h4>
            <p className="result-notes__text">{row.transcript}</p>
          </div>
        )}
        {sessionId === undefined ? null : <RecordingTakes sessionId={sessionId} questionId={row.questionId} />}
        <AnswerDetails row={row} question={question} />
      </article>
    </li>
  );
}
