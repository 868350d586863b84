import { countLabel } from "../../ui/count-label.ts";
import type { ShowMore } from "./use-show-more.ts";

export interface ShowMoreButtonProps {
  list: ShowMore;
  total: number;
  /** What the list holds, singular ("session"). */
  noun: string;
}

/** "Showing 50 of 1,000 sessions" and a button for the next ones; nothing once all are shown. */
export function ShowMoreButton({ list, total, noun }: ShowMoreButtonProps) {
  if (list.shown >= total) return null;
  return (
    <p className="show-more">
      <span className="meta">
        Showing {list.shown} of {countLabel(total, noun)}.
      </span>{" "}
      <button type="button" className="button button--secondary" onClick={list.more}>
        Show more
      </button>
    </p>
  );
}
