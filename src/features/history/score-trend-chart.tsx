import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from "react";
import type { ScorePoint } from "../../interview/history-stats.ts";
import { scaleTime, timeAxis, type TimeAxis } from "../../lib/time-axis.ts";
import { deckTitle, historyDate, historyDateTime } from "./history-format.ts";

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { left: 62, right: 28, top: 12, bottom: 40 };
const INNER_W = WIDTH - PAD.left - PAD.right;
const INNER_H = HEIGHT - PAD.top - PAD.bottom;
/** At most this many sessions get a dot of their own (at 600 units wide, 5 units apart). */
const MAX_DOTS = 120;

const dayTick = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const monthTick = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric" });

/** One sentence saying what the chart shows, for its accessible name. */
export function describeTrend(points: readonly ScorePoint[]): string {
  if (points.length === 0) return "Score over time: no scored sessions yet.";
  const first = points[0] as ScorePoint;
  const last = points[points.length - 1] as ScorePoint;
  const best = Math.max(...points.map((p) => p.percent));
  if (points.length === 1) return `Score over time: one session, ${first.percent}% on ${historyDate.format(first.at)}.`;
  return `Score over ${points.length} sessions: from ${first.percent}% on ${historyDate.format(first.at)} to ${last.percent}% on ${historyDate.format(last.at)}, best ${best}%.`;
}

/** A session in words: when, which decks, what score. */
export function describePoint(point: ScorePoint): string {
  const decks = point.deckIds.map(deckTitle).join(", ");
  return `${historyDateTime.format(point.at)} · ${decks === "" ? "no deck" : decks} · ${point.percent}%`;
}

const y = (percent: number) => PAD.top + INNER_H - (percent / 100) * INNER_H;

/** The index of the point whose x is nearest `x` (points oldest first, so xs ascend). */
function nearest(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs((xs[lo - 1] as number) - x) <= Math.abs((xs[lo] as number) - x)) return lo - 1;
  return lo;
}

/** The tip beside the session's line, on the side with room: right of it in the left half, else left. */
function tipPosition(x: number): CSSProperties {
  const percent = (x / WIDTH) * 100;
  return percent < 50 ? { left: `calc(${percent}% + 0.75rem)` } : { right: `calc(${100 - percent}% + 0.75rem)` };
}

function Ticks({ axis, className }: { axis: TimeAxis; className: string }) {
  const format = axis.unit === "day" ? dayTick : monthTick;
  return (
    <g className={className}>
      {axis.ticks.map((tick) => {
        const x = scaleTime(axis, tick, PAD.left, PAD.left + INNER_W);
        return (
          <g key={tick}>
            <line className="score-trend__tick" x1={x} x2={x} y1={PAD.top + INNER_H} y2={PAD.top + INNER_H + 5} />
            <text x={x} y={PAD.top + INNER_H + 20} textAnchor="middle">
              {format.format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Score lines and dated ticks; a phone shows fewer ticks (its labels are drawn larger). */
function Axis({ wide, narrow }: { wide: TimeAxis; narrow: TimeAxis }) {
  return (
    <g className="score-trend__grid">
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text x={PAD.left - 6} y={y(tick)} dy="0.35em" textAnchor="end">
            {tick}%
          </text>
        </g>
      ))}
      <Ticks axis={wide} className="score-trend__ticks--wide" />
      <Ticks axis={narrow} className="score-trend__ticks--narrow" />
    </g>
  );
}

/**
 * Score per session on a dated time axis up to today (sessions where they happened). Hovering,
 * or focusing the chart and moving with the arrow keys, shows a session's date, decks and score.
 * Named by a summary sentence, with every number in a table behind "Show data".
 */
export function ScoreTrendChart({ points, now }: { points: readonly ScorePoint[]; now: number }) {
  const [dataShown, setDataShown] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const tipId = useId();
  const layout = useMemo(() => {
    // The axis runs to today, so the gap since the last session shows too.
    const times = points.length === 0 ? [] : [...points.map((p) => p.at), now];
    const axis = timeAxis(times, { maxTicks: 7 });
    // Same days, fewer ticks: the domain does not depend on the tick count.
    const narrow = timeAxis(times, { maxTicks: 4 });
    if (axis === undefined || narrow === undefined) return undefined;
    // Within a day, sessions sit at their time of day: two the same evening stay apart.
    const xs = points.map((p) => scaleTime(axis, p.at, PAD.left, PAD.left + INNER_W));
    const line = points.map((p, i) => `${(xs[i] as number).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
    return { axis, narrow, xs, line };
  }, [points, now]);
  if (layout === undefined) return <p>No scored sessions yet.</p>;
  const { axis, narrow, xs, line } = layout;
  const shown = active === null ? null : (points[active] ?? null);
  const shownX = active === null ? 0 : (xs[active] ?? 0);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = points.length - 1;
    const current = active ?? last;
    const next =
      event.key === "ArrowLeft" ? Math.max(0, current - 1)
      : event.key === "ArrowRight" ? Math.min(last, current + 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) {
      if (event.key === "Escape") setActive(null);
      return;
    }
    event.preventDefault();
    setActive(next);
  };
  const onMouseMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    setActive(nearest(xs, ((event.clientX - box.left) / box.width) * WIDTH));
  };

  return (
    <figure className="score-trend">
      <div
        className="score-trend__plot"
        role="group"
        tabIndex={0}
        aria-label="Score chart: arrow keys move between sessions"
        aria-describedby={tipId}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          setActive((current) => current ?? points.length - 1);
        }}
        onBlur={() => {
          setFocused(false);
          setActive(null);
        }}
      >
        <svg
          className="score-trend__chart"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={describeTrend(points)}
          preserveAspectRatio="xMidYMid meet"
          onMouseMove={onMouseMove}
          onMouseLeave={() => {
            if (!focused) setActive(null);
          }}
        >
          <Axis wide={axis} narrow={narrow} />
          {points.length > 1 ? <polyline className="score-trend__line" points={line} /> : null}
          {/* Dots while each can be told apart; past that the line alone (a thousand dots are noise and DOM). */}
          {points.length <= MAX_DOTS
            ? points.map((p, i) => <circle key={p.sessionId} className="score-trend__point" cx={xs[i]} cy={y(p.percent)} r={4} />)
            : null}
          {shown === null ? null : (
            <g className="score-trend__active">
              <line x1={shownX} x2={shownX} y1={PAD.top} y2={PAD.top + INNER_H} />
              <circle cx={shownX} cy={y(shown.percent)} r={6} />
            </g>
          )}
        </svg>
        <p
          id={tipId}
          className={`score-trend__tip${shown === null ? " visually-hidden" : ""}`}
          style={shown === null ? undefined : tipPosition(shownX)}
          aria-live="polite"
        >
          {shown === null ? "" : describePoint(shown)}
        </p>
      </div>
      {points.length === 1 ? (
        <figcaption className="meta">One scored session so far: the line starts with your next one.</figcaption>
      ) : null}
      <details className="score-trend__data" onToggle={(event) => setDataShown(event.currentTarget.open)}>
        <summary>Show data</summary>
        {/* Built when opened: a thousand sessions are a thousand rows nobody reads unasked. */}
        {dataShown ? (
          <table>
            <caption className="visually-hidden">Score per session, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col">Decks</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.sessionId}>
                  <td>{historyDateTime.format(p.at)}</td>
                  <td>{p.deckIds.map(deckTitle).join(", ")}</td>
                  <td>{p.percent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </details>
    </figure>
  );
}
