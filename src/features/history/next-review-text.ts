import { localDaysBetween } from "../../lib/time-axis.ts";
import { historyDate } from "./history-format.ts";

/**
 * When a review is due, in words relative to `now`: "due now" (by the end of today), "tomorrow",
 * "in 5 days" (a week or less), else the date. `null` (never graded) reads "not scheduled".
 */
export function nextReviewText(due: number | null, now: number): string {
  if (due === null) return "not scheduled";
  const days = localDaysBetween(now, due);
  if (days <= 0) return "due now";
  if (days === 1) return "tomorrow";
  if (days <= 7) return `in ${days} days`;
  return historyDate.format(due);
}
