import { Link } from "@tanstack/react-router";
import type { HistoryRow } from "../../interview/history-stats.ts";
import { formatDuration } from "../../lib/format-duration.ts";
import { deckTitle, historyDateTime, percentText } from "./history-format.ts";
import { ShowMoreButton } from "./show-more-button.tsx";
import { useShowMore } from "./use-show-more.ts";

/** Every finished session, newest first, each opening its results; the newest 50 first, then on request. */
export function SessionHistoryTable({ rows }: { rows: readonly HistoryRow[] }) {
  const { list, attachItems } = useShowMore(rows.length);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-sessions-title">
        <table className="history-table">
          <caption className="visually-hidden">Finished sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Decks</th>
              <th scope="col">Topics</th>
              <th scope="col" className="numeric">
                Questions
              </th>
              <th scope="col" className="numeric">
                Score
              </th>
              <th scope="col" className="numeric">
                Time used
              </th>
            </tr>
          </thead>
          <tbody ref={attachItems}>
            {rows.slice(0, list.shown).map((row) => (
              <tr key={row.sessionId} data-testid="history-row">
                <th scope="row">
                  <Link to="/results/$sessionId" params={{ sessionId: row.sessionId }}>
                    <time dateTime={new Date(row.finishedAt).toISOString()}>
                      {historyDateTime.format(row.finishedAt)}
                    </time>
                  </Link>
                </th>
                <td>{row.deckIds.map(deckTitle).join(", ")}</td>
                <td>{row.sections.join(", ")}</td>
                <td className="numeric">{row.questionCount}</td>
                <td className="numeric">{percentText(row.percent)}</td>
                <td className="numeric">{formatDuration(row.usedMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMoreButton list={list} total={rows.length} noun="session" />
    </>
  );
}
