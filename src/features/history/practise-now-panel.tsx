import { useNavigate } from "@tanstack/react-router";
import { deckOfQuestion, focusedConfig } from "../../interview/focused-config.ts";
import type { TopicMastery } from "../../interview/history-stats.ts";
import type { SessionConfig } from "../../interview/session-types.ts";
import { nextReviewText } from "../../lib/next-review-text.ts";
import { useOpenSessionAfterLoad } from "../../store/load-session-store.ts";
import { startPractice } from "../../store/start-practice.ts";
import { countLabel } from "../../ui/count-label.ts";
import { StartPracticeButton } from "../../ui/start-practice-button.tsx";
import { percentText } from "./history-format.ts";

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
  const navigate = useNavigate();
  const sessionOpen = useOpenSessionAfterLoad() !== null;
  const practise = (config: SessionConfig) => startPractice(config, () => navigate({ to: "/session" }));
  const noneDue =
    dueIds.length > 0
      ? undefined
      : nextDue === null
        ? "Nothing is scheduled for review yet: grade some questions first."
        : `Nothing is due today; the next review is ${nextReviewText(nextDue, now)}.`;
  return (
    <div className="practise-now">
      <StartPracticeButton
        sessionOpen={sessionOpen}
        disabledReason={noneDue}
        start={() =>
          practise(focusedConfig(
            { deckIds: dueIds.map(deckOfQuestion), questionIds: dueIds, order: "due", count: dueIds.length },
          ))
        }
      >
        Practise due now{dueIds.length > 0 ? ` (${countLabel(dueIds.length, "question")})` : ""}
      </StartPracticeButton>
      <StartPracticeButton
        sessionOpen={sessionOpen}
        disabledReason={weakest === undefined ? "No topic has a grade yet." : undefined}
        start={() =>
          practise(focusedConfig(
            {
              deckIds: weakest?.deckIds ?? [],
              sections: weakest === undefined ? null : [weakest.section],
              order: "weakest-first",
              count: WEAKEST_TOPIC_COUNT,
            },
          ))
        }
      >
        Practise weakest topic{weakest === undefined ? "" : `: ${weakest.section} (${percentText(weakest.percent)})`}
      </StartPracticeButton>
    </div>
  );
}
