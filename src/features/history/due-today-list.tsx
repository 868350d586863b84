import type { QuestionStats } from "../../interview/history-stats.ts";
import type { QuestionIndexEntry } from "../../interview/history-summary.ts";
import { deckTitle, historyDate } from "./history-format.ts";
import { ShowMoreButton } from "./show-more-button.tsx";
import { useShowMore } from "./use-show-more.ts";

interface DueTodayListProps {
  /** Due question ids, most overdue first. */
  dueIds: readonly string[];
  stats: ReadonlyMap<string, QuestionStats>;
  /** Per question id, when it is due. */
  questions: Readonly<Record<string, QuestionIndexEntry>>;
}

/** Questions the review schedule says to look at again today (50 at a time). */
export function DueTodayList({ dueIds, stats, questions }: DueTodayListProps) {
  const { list, attachItems } = useShowMore(dueIds.length);
  if (dueIds.length === 0) return <p>Nothing is due for review today.</p>;
  return (
    <>
      <ol className="due-list" ref={attachItems}>
        {dueIds.slice(0, list.shown).map((id) => {
          const meta = stats.get(id)?.meta;
          const due = questions[id]?.due ?? undefined;
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
      <ShowMoreButton list={list} total={dueIds.length} noun="question" />
    </>
  );
}
