import type { QuestionStats } from "../../interview/history-stats.ts";
import { GRADE_LABELS } from "../../interview/session-types.ts";
import { formatDuration } from "../../lib/format-duration.ts";
import { deckTitle } from "./history-format.ts";
import { ShowMoreButton } from "./show-more-button.tsx";
import { useShowMore } from "./use-show-more.ts";

function timeText(stats: QuestionStats): string {
  if (stats.averageAnswerMs === null) return "—";
  const used = formatDuration(stats.averageAnswerMs);
  return stats.averageLimitMs === null ? `${used} (no limit)` : `${used} of ${formatDuration(stats.averageLimitMs)}`;
}

/** Per question: times practised, last and average grade, average time against its limit (50 at a time). */
export function QuestionStatsTable({ stats }: { stats: readonly QuestionStats[] }) {
  const { list, attachItems } = useShowMore(stats.length);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-questions-title">
        <table className="history-table">
          <caption className="visually-hidden">Statistics per question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" className="numeric">
                Practised
              </th>
              <th scope="col">Last grade</th>
              <th scope="col" className="numeric">
                Average grade
              </th>
              <th scope="col">Average time vs limit</th>
            </tr>
          </thead>
          <tbody ref={attachItems}>
            {stats.slice(0, list.shown).map((s) => (
              <tr key={s.questionId}>
                <th scope="row">
                  <span className="history-question__label">{s.meta.label}</span> {s.meta.prompt}
                  <span className="history-question__deck">
                    {deckTitle(s.meta.deckId)} · {s.meta.section}
                  </span>
                </th>
                <td className="numeric">{s.timesPractised}</td>
                <td>{s.lastGrade === null ? "—" : `${s.lastGrade} ${GRADE_LABELS[s.lastGrade]}`}</td>
                <td className="numeric">{s.averageGrade === null ? "—" : s.averageGrade.toFixed(1)}</td>
                <td>{timeText(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton list={list} total={stats.length} noun="question" />
    </>
  );
}
