export interface TopicBarProps {
  name: string;
  /** 0–100, or null when nothing in the topic was graded. */
  percent: number | null;
}

/**
 * A horizontal bar for one topic's percentage. It is an image to assistive technology, named
 * with what it shows ("Networking & Security: 75%"), so the bar is never the only carrier of
 * the value.
 */
export function TopicBar({ name, percent }: TopicBarProps) {
  const value = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  return (
    <div className="topic-bar" role="img" aria-label={`${name}: ${percent === null ? "not graded" : `${percent}%`}`}>
      <div className="topic-bar__fill" style={{ width: `${value}%` }} />
    </div>
  );
}
