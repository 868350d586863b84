import type { TopicMastery } from "../../interview/history-stats.ts";
import { countLabel } from "../../ui/count-label.ts";
import { percentText, TREND_ARROWS, TREND_WORDS } from "./history-format.ts";

/** Mastery per topic (latest grade per question, rolled up) with the way it is going. */
export function TopicMasteryList({ topics }: { topics: readonly TopicMastery[] }) {
  return (
    <ul className="mastery-list">
      {topics.map((topic) => (
        <li key={topic.section} className="mastery-list__item">
          <span className="mastery-list__topic">{topic.section}</span>
          <span className="mastery-list__percent">{percentText(topic.percent)}</span>
          <span className={`mastery-list__trend mastery-list__trend--${topic.trend}`}>
            <span aria-hidden="true">{TREND_ARROWS[topic.trend]}</span> {TREND_WORDS[topic.trend]}
          </span>
          <span className="mastery-list__count">{countLabel(topic.practised, "question")} practised</span>
        </li>
      ))}
    </ul>
  );
}
