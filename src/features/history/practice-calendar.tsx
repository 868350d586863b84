import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { practiceCalendar, type PracticeDay } from "../../interview/practice-days.ts";
import { countLabel } from "../../ui/count-label.ts";

const WEEKS = 12;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const dayName = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
const shortDate = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const monthName = new Intl.DateTimeFormat(undefined, { month: "short" });

function dayText(day: PracticeDay): string {
  return `${dayName.format(day.day)}: ${day.sessions === 0 ? "no session" : countLabel(day.sessions, "session")}`;
}

/** How dark a day's square is: none, one, two, three or more sessions. */
function level(sessions: number): number {
  return Math.min(3, sessions);
}

/**
 * Days practised over the last 12 weeks, Anki-heatmap style: a week per column, Monday on top,
 * darker for more sessions. A grid: Tab reaches today, the arrow keys move by day and week, and
 * each day reads as "Tue 3 Mar 2026: 2 sessions" (also shown under the grid for sighted keyboard
 * users). The streaks are said in words above it.
 */
export function PracticeCalendar({ finishedAts, now }: { finishedAts: readonly number[]; now: number }) {
  const calendar = useMemo(() => practiceCalendar(finishedAts, now, WEEKS), [finishedAts, now]);
  const today = calendar.days.findLastIndex((day) => !day.future);
  const [active, setActive] = useState(today);
  const [focused, setFocused] = useState(false);
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  const current = Math.min(active, today);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(today, index));
    setActive(next);
    cells.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 }[event.key];
    if (step !== undefined) move(current + step);
    else if (event.key === "Home") move(current - (current % 7));
    else if (event.key === "End") move(current - (current % 7) + 6);
    else return;
    event.preventDefault();
  };

  const streak =
    calendar.currentStreak === 0
      ? "no current streak"
      : `current streak ${countLabel(calendar.currentStreak, "day")}${calendar.practisedToday ? "" : " (practise today to keep it)"}`;
  return (
    <div className="practice-calendar">
      <p className="practice-calendar__summary">
        Practised on {countLabel(calendar.daysPractised, "day")} of the last {WEEKS} weeks · {streak} · longest{" "}
        {countLabel(calendar.longestStreak, "day")}
      </p>
      <div className="practice-calendar__scroll">
        <table role="grid" className="practice-calendar__grid" aria-labelledby="history-days-title" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <td />
              {Array.from({ length: WEEKS }, (_, week) => {
                const monday = calendar.days[week * 7] as PracticeDay;
                // A month is named over its first week; the first column only when its month goes on a while.
                const previous = calendar.days[(week - 1) * 7];
                const month = new Date(monday.day).getMonth();
                const newMonth =
                  previous === undefined ? new Date(monday.day).getDate() <= 14 : new Date(previous.day).getMonth() !== month;
                return (
                  <th key={monday.day} scope="col">
                    <span className="visually-hidden">Week of {shortDate.format(monday.day)}</span>
                    {newMonth ? (
                      <span className="practice-calendar__month" aria-hidden="true">
                        {monthName.format(monday.day)}
                      </span>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((weekday, row) => (
              <tr key={weekday}>
                <th scope="row">
                  {/* Every other day is named on screen; every row header has its name for assistive technology. */}
                  <span className={row % 2 === 0 ? undefined : "visually-hidden"}>{weekday}</span>
                </th>
                {Array.from({ length: WEEKS }, (_, week) => {
                  const index = week * 7 + row;
                  const day = calendar.days[index] as PracticeDay;
                  if (day.future) return <td key={day.day} role="gridcell" className="practice-calendar__day practice-calendar__day--future" />;
                  return (
                    <td
                      key={day.day}
                      role="gridcell"
                      ref={(cell) => {
                        cells.current[index] = cell;
                      }}
                      className={`practice-calendar__day practice-calendar__day--${level(day.sessions)}${index === today ? " practice-calendar__day--today" : ""}`}
                      tabIndex={index === current ? 0 : -1}
                      title={dayText(day)}
                      onFocus={() => {
                        setActive(index);
                        setFocused(true);
                      }}
                      onBlur={() => setFocused(false)}
                      onClick={() => move(index)}
                    >
                      <span className="visually-hidden">{dayText(day)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta practice-calendar__readout" aria-hidden="true">
        {focused ? (
          dayText(calendar.days[current] as PracticeDay)
        ) : (
          <>
            Fewer sessions{" "}
            {[0, 1, 2, 3].map((n) => (
              <span key={n} className={`practice-calendar__swatch practice-calendar__day--${n}`} />
            ))}{" "}
            more
          </>
        )}
      </p>
    </div>
  );
}
