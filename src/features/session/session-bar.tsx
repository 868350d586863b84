import type { QuestionMeta } from "../../interview/session-types.ts";
import type { ClockView } from "./clock-view.ts";
import { SessionClocks } from "./session-clocks.tsx";

export interface SessionBarProps {
  number: number;
  total: number;
  meta: QuestionMeta;
  flagged: boolean;
  questionClock: ClockView;
  totalClock: ClockView | null;
  paused: boolean;
  onPause: () => void;
  onShowShortcuts: () => void;
}

const KIND_NAMES = { concept: "Concept", scenario: "Scenario" } as const;

/** Where the session stands: position, topic and kind, the clocks, Pause and the shortcut sheet. */
export function SessionBar(props: SessionBarProps) {
  const { number, total, meta, flagged, questionClock, totalClock, paused } = props;
  return (
    <div className="session-bar">
      <div className="session-bar__where">
        <p className="session-bar__position">
          Question {number} of {total}
        </p>
        <p className="session-bar__meta">
          <span>{meta.section}</span>
          <span>{KIND_NAMES[meta.kind]}</span>
          {meta.label ? <span>{meta.label}</span> : null}
          {flagged ? <span className="session-bar__flag">Flagged</span> : null}
        </p>
      </div>
      <SessionClocks question={questionClock} total={totalClock} />
      <div className="session-bar__tools">
        {paused ? null : (
          <button type="button" className="button button--secondary" aria-keyshortcuts="P" onClick={props.onPause}>
            Pause
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          aria-keyshortcuts="Shift+?"
          aria-haspopup="dialog"
          onClick={props.onShowShortcuts}
        >
          Shortcuts
        </button>
      </div>
    </div>
  );
}
