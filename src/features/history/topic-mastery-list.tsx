import type { TopicMastery } from "../../interview/history-stats.ts";
import type { TopicReview } from "../../interview/review-forecast.ts";
import { countLabel } from "../../ui/count-label.ts";
import { percentText, TREND_ARROWS, TREND_WORDS } from "./history-format.ts";
import { nextReviewText } from "../../lib/next-review-text.ts";

export interface TopicMasteryListProps {
  topics: readonly TopicMastery[];
  /** Next review per topic (by section title). */
  reviews: ReadonlyMap<string, TopicReview>;
  now: number;
}

/** Mastery per topic (latest grade per question, rolled up), the way it is going, and its next review. */
export function TopicMasteryList({ topics, reviews, now }: TopicMasteryListProps) {
  return (
    <ul className="mastery-list">
      {topics.map((topic) => {
        const review = reviews.get(topic.section);
        const next = nextReviewText(review?.nextDue ?? null, now);
        return (
          <li key={topic.section} className="mastery-list__item">
            <span className="mastery-list__topic">{topic.section}</span>
            <span className="mastery-list__percent">{percentText(topic.percent)}</span>
            <span className={`mastery-list__trend mastery-list__trend--${topic.trend}`}>
              <span aria-hidden="true">{TREND_ARROWS[topic.trend]}</span> {TREND_WORDS[topic.trend]}
            </span>
            <span className="mastery-list__count">{countLabel(topic.practised, "question")} practised</span>
            <span className={`mastery-list__next${next === "due now" ? " mastery-list__next--due" : ""}`}>
              Next review: {next}
              {review !== undefined && review.dueNow > 1 ? ` (${review.dueNow} questions)` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
