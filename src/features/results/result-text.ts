import type { QuestionResult, TimeSummary } from "../../interview/scoring.ts";
import { formatStopwatch } from "../../interview/timer.ts";
import { formatDuration } from "../../lib/format-duration.ts";

/** "3:42 of 3:00", or "3:42 (no limit)": the time to answer against the question's limit. */
export function questionTimeText(row: Pick<QuestionResult, "answerMs" | "limitMs">): string {
  const used = formatStopwatch(row.answerMs);
  return row.limitMs === null ? `${used} (no limit)` : `${used} of ${formatStopwatch(row.limitMs)}`;
}

/** "over by 0:42" for an overrun question, else null. */
export function overrunText(row: Pick<QuestionResult, "overrun" | "overrunMs">): string | null {
  return row.overrun ? `over by ${formatStopwatch(row.overrunMs)}` : null;
}

/** "14 min of 18 min planned", "14 min (no time plan)". */
export function sessionTimeText(time: TimeSummary): string {
  const used = formatDuration(time.usedMs);
  return time.plannedMs === null ? `${used} (no time plan)` : `${used} of ${formatDuration(time.plannedMs)} planned`;
}

/** Topic title for display: questions whose topic was not recorded still get a row. */
export function topicName(section: string): string {
  return section === "" ? "Unknown topic" : section;
}
