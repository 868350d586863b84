import { singleClick } from "./single-click.ts";

export interface SessionNavProps {
  /** Practice mode shows "Previous"; interview mode never goes back. */
  showPrevious: boolean;
  canGoBack: boolean;
  canGoNext: boolean;
  canSkip: boolean;
  canFlag: boolean;
  flagged: boolean;
  onFlag: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onSkip: () => void;
  onFinish: () => void;
}

/** Flag, Previous / Skip / Next, and Finish. */
export function SessionNav(props: SessionNavProps) {
  const { showPrevious, canGoBack, canGoNext, canSkip, canFlag, flagged } = props;
  return (
    <nav className="session-nav" aria-label="Session">
      <button
        type="button"
        className="button button--secondary session-nav__flag"
        aria-keyshortcuts="F"
        disabled={!canFlag}
        onClick={singleClick(props.onFlag)}
      >
        {flagged ? "Flagged — unflag" : "Flag for review"}
      </button>
      <div className="session-nav__moves">
        {showPrevious ? (
          <button
            type="button"
            className="button button--secondary"
            aria-keyshortcuts="ArrowLeft"
            disabled={!canGoBack}
            onClick={singleClick(props.onPrevious)}
          >
            Previous
          </button>
        ) : null}
        <button type="button" className="button button--secondary" disabled={!canSkip} onClick={singleClick(props.onSkip)}>
          Skip
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="ArrowRight"
          disabled={!canGoNext}
          onClick={singleClick(props.onNext)}
        >
          Next
        </button>
      </div>
      <button type="button" className="button session-nav__finish" aria-keyshortcuts="E" onClick={props.onFinish}>
        Finish
      </button>
    </nav>
  );
}
