import { localDaysBetween } from "./time-axis.ts";

/** A date as the history shows it: "5 May 2025" in the reader's locale. */
const reviewDate = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

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
  return reviewDate.format(due);
}
