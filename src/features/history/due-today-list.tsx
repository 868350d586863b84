import type { QuestionStats } from "../../interview/history-stats.ts";
import type { ReviewState } from "../../interview/review-schedule.ts";
import { deckTitle, historyDate } from "./history-format.ts";

interface DueTodayListProps {
  /** Due question ids, most overdue first. */
  dueIds: readonly string[];
  stats: ReadonlyMap<string, QuestionStats>;
  reviews: Readonly<Record<string, ReviewState>>;
}

/** Questions the review schedule says to look at again today. */
export function DueTodayList({ dueIds, stats, reviews }: DueTodayListProps) {
  if (dueIds.length === 0) return <p>Nothing is due for review today.</p>;
  return (
    <ol className="due-list">
      {dueIds.map((id) => {
        const meta = stats.get(id)?.meta;
        const due = reviews[id]?.due;
        return (
          <li key={id}>
            {meta === undefined ? (
              id
            ) : (
              <>
                <span className="history-question__label">{meta.label}</span> {meta.prompt}{" "}
                <span className="history-question__deck">
                  {deckTitle(meta.deckId)} · {meta.section}
                </span>
              </>
            )}
            {due === undefined ? null : (
              <span className="due-list__when">
                due <time dateTime={new Date(due).toISOString()}>{historyDate.format(due)}</time>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
