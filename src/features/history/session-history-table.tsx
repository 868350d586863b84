import { Link } from "@tanstack/react-router";
import type { HistoryRow } from "../../interview/history-stats.ts";
import { formatDuration } from "../../lib/format-duration.ts";
import { CellLabel } from "./cell-label.tsx";
import { deckTitle, historyDateTime, percentText } from "./history-format.ts";
import { ShowMoreButton } from "./show-more-button.tsx";
import { useShowMore } from "./use-show-more.ts";

/**
 * Every finished session, newest first, each opening its results; the newest 50 first, then on
 * request. On a phone the rows are cards (explicit table roles keep the semantics, see
 * QuestionStatsTable).
 */
export function SessionHistoryTable({ rows }: { rows: readonly HistoryRow[] }) {
  const { list, attachItems } = useShowMore(rows.length);
  return (
    <>
      {/* Named by its caption, not by the section's heading: the section is already the "Sessions" region. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-sessions-caption">
        <table className="history-table history-table--cards" role="table">
          <caption id="history-sessions-caption" className="visually-hidden">
            Finished sessions, newest first
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">Date</th>
              <th scope="col" role="columnheader">Decks</th>
              <th scope="col" role="columnheader">Topics</th>
              <th scope="col" role="columnheader" className="numeric">
                Questions
              </th>
              <th scope="col" role="columnheader" className="numeric">
                Score
              </th>
              <th scope="col" role="columnheader" className="numeric">
                Time used
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" ref={attachItems}>
            {rows.slice(0, list.shown).map((row) => (
              <tr key={row.sessionId} role="row" data-testid="history-row">
                <th scope="row" role="rowheader">
                  <Link to="/results/$sessionId" params={{ sessionId: row.sessionId }}>
                    <time dateTime={new Date(row.finishedAt).toISOString()}>
                      {historyDateTime.format(row.finishedAt)}
                    </time>
                  </Link>
                </th>
                <td role="cell"><CellLabel>Decks</CellLabel>{row.deckIds.map(deckTitle).join(", ")}</td>
                <td role="cell"><CellLabel>Topics</CellLabel>{row.sections.join(", ")}</td>
                <td role="cell" className="numeric"><CellLabel>Questions</CellLabel>{row.questionCount}</td>
                <td role="cell" className="numeric"><CellLabel>Score</CellLabel>{percentText(row.percent)}</td>
                <td role="cell" className="numeric"><CellLabel>Time used</CellLabel>{formatDuration(row.usedMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton list={list} total={rows.length} noun="session" />
    </>
  );
}
