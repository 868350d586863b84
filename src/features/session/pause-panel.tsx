import { useEffect, useRef } from "react";

export interface PausePanelProps {
  onResume: () => void;
}

/** Stands in for the question while paused: the clock is stopped, so the question stays hidden. */
export function PausePanel({ onResume }: PausePanelProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="pause-panel" aria-labelledby="pause-panel-heading">
      <h1 id="pause-panel-heading" ref={ref} tabIndex={-1}>
        Paused
      </h1>
      <p>The clock is stopped and the question is hidden until you resume.</p>
      <button type="button" className="button" aria-keyshortcuts="P" onClick={onResume}>
        Resume
      </button>
    </section>
  );
}
