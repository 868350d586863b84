import type { TopicTotal } from "../../interview/scoring.ts";
import { topicName } from "./result-text.ts";
import { TopicBar } from "./topic-bar.tsx";

export interface TopicBreakdownProps {
  topics: readonly TopicTotal[];
}

/**
 * Score per topic: a table with the figures; the percent column shows the number and a bar of it
 * (the bar is decoration beside the number, so it is hidden from assistive technology).
 */
export function TopicBreakdown({ topics }: TopicBreakdownProps) {
  return (
    <section className="results-topics">
      <h2 id="results-topics-heading">By topic</h2>
      {/* A named, focusable region: on a narrow screen the table scrolls sideways, by keyboard too. */}
      <div className="table-scroll" role="region" aria-labelledby="results-topics-heading" tabIndex={0}>
        <table className="topic-table" aria-labelledby="results-topics-heading">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col" className="numeric">
                Questions
              </th>
              <th scope="col" className="numeric">
                Graded
              </th>
              <th scope="col" className="numeric">
                Score
              </th>
              <th scope="col" className="topic-table__bar-column">
                Percent of points
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.section}>
                <th scope="row">{topicName(topic.section)}</th>
                <td className="numeric">{topic.count}</td>
                <td className="numeric">{topic.graded}</td>
                <td className="numeric">{topic.graded === 0 ? "–" : `${topic.points} / ${topic.max}`}</td>
                <td className="topic-table__bar-column">
                  <div className="topic-table__percent-cell">
                    <span className="topic-table__percent">{topic.percent === null ? "not graded" : `${topic.percent}%`}</span>
                    <span className="topic-table__bar" aria-hidden="true">
                      <TopicBar name={topicName(topic.section)} percent={topic.percent} />
                    </span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
