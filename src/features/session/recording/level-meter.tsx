import { useEffect, useState } from "react";

export interface LevelMeterProps {
  /** Reads the microphone's loudness now (0–1), or null where the browser cannot analyse audio. */
  read: () => number | null;
}

/** How often the meter redraws (ms): smooth enough to see speech, cheap enough to ignore. */
const REDRAW_MS = 100;

/** A live microphone level, so the person sees that they are being heard. */
export function LevelMeter({ read }: LevelMeterProps) {
  const [level, setLevel] = useState<number | null>(() => read());
  useEffect(() => {
    const id = setInterval(() => setLevel(read()), REDRAW_MS);
    return () => clearInterval(id);
  }, [read]);
  if (level === null) return null;
  return <meter className="recording__meter" min={0} max={1} low={0.05} value={level} aria-label="Microphone level" />;
}
