import type { ScoreSummary as Score, TimeSummary } from "../../interview/scoring.ts";
import { formatScore, formatScoreCounts } from "../../interview/scoring.ts";
import { formatDuration } from "../../lib/format-duration.ts";
import { countLabel } from "../../ui/count-label.ts";
import { sessionTimeText } from "./result-text.ts";

export interface ScoreSummaryProps {
  score: Score;
  time: TimeSummary;
}

/** The headline figures: score, how many were graded, flagged or skipped, time used against the plan. */
export function ScoreSummary({ score, time }: ScoreSummaryProps) {
  const counts = [
    formatScoreCounts(score),
    score.flagged > 0 ? `${score.flagged} flagged` : null,
    score.skipped > 0 ? `${score.skipped} skipped` : null,
  ].filter((part) => part !== null);
  return (
    <section className="results-summary" aria-labelledby="results-summary-heading">
      <h2 id="results-summary-heading" className="visually-hidden">
        Summary
      </h2>
      <dl className="results-figures">
        <div className="results-figure">
          <dt>Score</dt>
          <dd className="results-figure__value">{score.graded === 0 ? "Nothing graded" : formatScore(score)}</dd>
          <dd className="results-figure__detail">{counts.join(" · ")}</dd>
        </div>
        <div className={`results-figure${time.overMs > 0 ? " results-figure--over" : ""}`}>
          <dt>Time used</dt>
          <dd className="results-figure__value">{sessionTimeText(time)}</dd>
          {time.overMs > 0 || time.overrunCount > 0 ? (
            <dd className="results-figure__detail">
              {[
                time.overMs > 0 ? `over the plan by ${formatDuration(time.overMs)}` : null,
                time.overrunCount > 0 ? `${countLabel(time.overrunCount, "question")} over the limit` : null,
              ]
                .filter((part) => part !== null)
                .join(" · ")}
            </dd>
          ) : null}
        </div>
      </dl>
    </section>
  );
}
