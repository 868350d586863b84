import { TimerFace } from "../../ui/timer-face.tsx";
import type { ClockView } from "./clock-view.ts";

export interface SessionClocksProps {
  /** The current question's clock. */
  question: ClockView;
  /** The whole session's clock, when it has a total limit. */
  total: ClockView | null;
}

/** The question clock (countdown, or a stopwatch without a limit) and, with a total limit, the session clock. */
export function SessionClocks({ question, total }: SessionClocksProps) {
  const stopped = question.phase === "stopped";
  const counting = question.phase !== "none";
  return (
    <div className="session-clocks">
      <TimerFace
        label={stopped ? "Answer time for this question" : counting ? "Time left for this question" : "Time on this question"}
        caption={stopped ? "Answer time" : counting ? "Question" : "Question (no limit)"}
        time={question.time}
        tone={question.tone}
        note={question.note}
      />
      {total ? (
        <TimerFace
          label="Time left for the session"
          caption="Session"
          time={total.time}
          tone={total.tone}
          note={total.note}
        />
      ) : null}
    </div>
  );
}
