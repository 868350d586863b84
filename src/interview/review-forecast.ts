import type { TopicMastery } from "./history-stats.ts";

/**
 * What the review schedule says per topic: when its next question is due and how many are due
 * now. Built from the due dates the history keeps per question (see `dueDates`).
 */

export interface TopicReview {
  section: string;
  /** The earliest due date among the topic's scheduled questions, ms; `null` when none is scheduled. */
  nextDue: number | null;
  /** Its questions due by `dueBy`. */
  dueNow: number;
}

/** A question as this module needs it: its id and the topic it was last asked under. */
export interface TopicQuestion {
  questionId: string;
  meta: { section: string };
}

/**
 * Next review per topic (keyed by section title) over `questions`; a topic with no scheduled
 * question has `nextDue: null`. `dueBy` is the end of today: "due now" means due by then.
 */
export function topicReviews(
  questions: Iterable<TopicQuestion>,
  dues: Readonly<Record<string, { due: number }>>,
  dueBy: number,
): Map<string, TopicReview> {
  const topics = new Map<string, TopicReview>();
  for (const { questionId, meta } of questions) {
    let topic = topics.get(meta.section);
    if (topic === undefined) {
      topic = { section: meta.section, nextDue: null, dueNow: 0 };
      topics.set(meta.section, topic);
    }
    const due = Object.hasOwn(dues, questionId) ? dues[questionId]?.due : undefined;
    if (due === undefined) continue;
    if (topic.nextDue === null || due < topic.nextDue) topic.nextDue = due;
    if (due <= dueBy) topic.dueNow += 1;
  }
  return topics;
}

/**
 * The topic to work on next: the lowest mastery, ties broken by more questions practised (more
 * evidence it is weak), then by name. `undefined` when no topic has a grade.
 */
export function weakestTopic(topics: readonly TopicMastery[]): TopicMastery | undefined {
  let weakest: TopicMastery | undefined;
  for (const topic of topics) {
    if (topic.percent === null) continue;
    if (
      weakest === undefined ||
      topic.percent < (weakest.percent as number) ||
      (topic.percent === weakest.percent &&
        (topic.practised > weakest.practised || (topic.practised === weakest.practised && topic.section < weakest.section)))
    ) {
      weakest = topic;
    }
  }
  return weakest;
}
