import { useState } from "react";
import type { ScorePoint } from "../../interview/history-stats.ts";
import { historyDate, historyDateTime } from "./history-format.ts";

const WIDTH = 600;
const HEIGHT = 200;
const PAD = { left: 44, right: 16, top: 12, bottom: 24 };
/** At most this many sessions get a dot of their own (at 600 units wide, 5 units apart). */
const MAX_DOTS = 120;

/** One sentence saying what the chart shows, for its accessible name. */
export function describeTrend(points: readonly ScorePoint[]): string {
  if (points.length === 0) return "Score over time: no scored sessions yet.";
  const first = points[0] as ScorePoint;
  const last = points[points.length - 1] as ScorePoint;
  const best = Math.max(...points.map((p) => p.percent));
  if (points.length === 1) return `Score over time: one session, ${first.percent}% on ${historyDate.format(first.at)}.`;
  return `Score over ${points.length} sessions: from ${first.percent}% on ${historyDate.format(first.at)} to ${last.percent}% on ${historyDate.format(last.at)}, best ${best}%.`;
}

/**
 * Score per session over time as an SVG line (sessions evenly spaced, oldest left), named by a
 * summary sentence, with the numbers in a table behind "Show data".
 */
export function ScoreTrendChart({ points }: { points: readonly ScorePoint[] }) {
  const [dataShown, setDataShown] = useState(false);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
  return (
    <figure className="score-trend">
      <svg
        className="score-trend__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={describeTrend(points)}
        preserveAspectRatio="xMidYMid meet"
      >
        {[0, 50, 100].map((tick) => (
          <g key={tick} className="score-trend__grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.35em" textAnchor="end">
              {tick}%
            </text>
          </g>
        ))}
        {points.length > 1 ? <polyline className="score-trend__line" points={line} /> : null}
        {/* Dots while each can be told apart; past that the line alone (a thousand dots are noise and DOM). */}
        {points.length <= MAX_DOTS
          ? points.map((p, i) => (
              <circle key={p.sessionId} className="score-trend__point" cx={x(i)} cy={y(p.percent)} r={4} />
            ))
          : null}
      </svg>
      <details className="score-trend__data" onToggle={(event) => setDataShown(event.currentTarget.open)}>
        <summary>Show data</summary>
        {/* Built when opened: a thousand sessions are a thousand rows nobody reads unasked. */}
        {dataShown ? (
          <table>
            <caption className="visually-hidden">Score per session, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.sessionId}>
                  <td>{historyDateTime.format(p.at)}</td>
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
