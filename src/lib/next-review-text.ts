import { localDaysBetween } from "./time-axis.ts";

/**
 * A date as the history shows it: "5 May 2025" in the reader's locale. Made on first use, not as
 * the module loads: a page's first date format sets up the locale's date data (tens of ms on a
 * phone), and the deck page loads this module for its first paint but shows no date until
 * history has been read, if ever.
 */
let reviewDate: Intl.DateTimeFormat | undefined;

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
  reviewDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
  return reviewDate.format(due);
}
