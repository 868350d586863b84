import type { TopicMastery } from "../../interview/history-stats.ts";
import { countLabel } from "../../ui/count-label.ts";
import { deckOfQuestion, focusedConfig } from "../setup/focused-config.ts";
import { StartPracticeButton } from "../setup/start-practice-button.tsx";
import { percentText } from "./history-format.ts";
import { nextReviewText } from "./next-review-text.ts";

export interface PractiseNowPanelProps {
  /** Question ids due by the end of today, most overdue first (within the history's filters). */
  dueIds: readonly string[];
  /** The earliest due date among the questions shown, ms; null when none is scheduled. */
  nextDue: number | null;
  weakest: TopicMastery | undefined;
  now: number;
}

/** The two things to do from history: review what is due, or work on the weakest topic. */
/** Questions in a "weakest topic" session (setup's default count). */
const WEAKEST_TOPIC_COUNT = 10;

export function PractiseNowPanel({ dueIds, nextDue, weakest, now }: PractiseNowPanelProps) {
  const noneDue =
    dueIds.length > 0
      ? undefined
      : nextDue === null
        ? "Nothing is scheduled for review yet: grade some questions first."
        : `Nothing is due today; the next review is ${nextReviewText(nextDue, now)}.`;
  return (
    <div className="practise-now">
      <StartPracticeButton
        disabledReason={noneDue}
        config={() =>
          focusedConfig(
            { deckIds: dueIds.map(deckOfQuestion), questionIds: dueIds, order: "due", count: dueIds.length },
          )
        }
      >
        Practise due now{dueIds.length > 0 ? ` (${countLabel(dueIds.length, "question")})` : ""}
      </StartPracticeButton>
      <StartPracticeButton
        disabledReason={weakest === undefined ? "No topic has a grade yet." : undefined}
        config={() =>
          focusedConfig(
            {
              deckIds: weakest?.deckIds ?? [],
              sections: weakest === undefined ? null : [weakest.section],
              order: "weakest-first",
              count: WEAKEST_TOPIC_COUNT,
            },
          )
        }
      >
        Practise weakest topic{weakest === undefined ? "" : `: ${weakest.section} (${percentText(weakest.percent)})`}
      </StartPracticeButton>
    </div>
  );
}
