import type { QuestionStats } from "../../interview/history-stats.ts";
import { GRADE_LABELS } from "../../interview/session-types.ts";
import { formatDuration } from "../../lib/format-duration.ts";
import { CellLabel } from "./cell-label.tsx";
import { deckTitle } from "./history-format.ts";
import { nextReviewText } from "../../lib/next-review-text.ts";
import { ShowMoreButton } from "./show-more-button.tsx";
import { useShowMore } from "./use-show-more.ts";

function timeText(stats: QuestionStats): string {
  if (stats.averageAnswerMs === null) return "—";
  const used = formatDuration(stats.averageAnswerMs);
  return stats.averageLimitMs === null ? `${used} (no limit)` : `${used} of ${formatDuration(stats.averageLimitMs)}`;
}

export interface QuestionStatsTableProps {
  stats: readonly QuestionStats[];
  /** When each question is next due, by id (questions never graded have none). */
  dues: Readonly<Record<string, { due: number }>>;
  now: number;
}

/**
 * Per question: times practised, last and average grade, average time against its limit and
 * the next review (50 at a time). Explicit table roles: on a phone the rows are laid out as cards,
 * and a table whose CSS display changes loses its semantics in some browsers without them.
 */
export function QuestionStatsTable({ stats, dues, now }: QuestionStatsTableProps) {
  const { list, attachItems } = useShowMore(stats.length);
  return (
    <>
      {/* Named by its caption, not by the section's heading: the section is already the "Per question" region. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-questions-caption">
        <table className="history-table history-table--cards" role="table">
          <caption id="history-questions-caption" className="visually-hidden">
            Statistics per question
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Question
              </th>
              <th scope="col" role="columnheader" className="numeric">
                Practised
              </th>
              <th scope="col" role="columnheader">
                Last grade
              </th>
              <th scope="col" role="columnheader" className="numeric">
                Average grade
              </th>
              <th scope="col" role="columnheader">
                Average time vs limit
              </th>
              <th scope="col" role="columnheader">
                Next review
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" ref={attachItems}>
            {stats.slice(0, list.shown).map((s) => {
              const due = Object.hasOwn(dues, s.questionId) ? (dues[s.questionId]?.due ?? null) : null;
              return (
                <tr key={s.questionId} role="row">
                  <th scope="row" role="rowheader">
                    <span className="history-question__label">{s.meta.label}</span> {s.meta.prompt}
                    <span className="history-question__deck">
                      {deckTitle(s.meta.deckId)} · {s.meta.section}
                    </span>
                  </th>
                  <td role="cell" className="numeric">
                    <CellLabel>Practised</CellLabel>
                    {s.timesPractised}
                  </td>
                  <td role="cell">
                    <CellLabel>Last grade</CellLabel>
                    {s.lastGrade === null ? "—" : `${s.lastGrade} ${GRADE_LABELS[s.lastGrade]}`}
                  </td>
                  <td role="cell" className="numeric">
                    <CellLabel>Average grade</CellLabel>
                    {s.averageGrade === null ? "—" : s.averageGrade.toFixed(1)}
                  </td>
                  <td role="cell">
                    <CellLabel>Average time vs limit</CellLabel>
                    {timeText(s)}
                  </td>
                  <td role="cell">
                    <CellLabel>Next review</CellLabel>
                    {due === null ? "not scheduled" : <time dateTime={new Date(due).toISOString()}>{nextReviewText(due, now)}</time>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMoreButton list={list} total={stats.length} noun="question" />
    </>
  );
}
