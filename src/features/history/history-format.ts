import type { Trend } from "../../interview/history-stats.ts";
import { findDeckSummary } from "../../store/deck-repository.ts";

// The history names decks by title: the route's loader reads the saved (imported) decks' titles
// alongside the history. A deck not known (yet, or deleted) shows its id.

/** Dates as the history shows them: "5 May 2025, 09:30" in the reader's locale. */
export const historyDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const historyDate = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** A deck's title (bundled or saved), or its id when the deck is gone (a deleted saved deck). */
export function deckTitle(deckId: string): string {
  return findDeckSummary(deckId)?.title ?? deckId;
}

/** A trend in words (the arrow beside it is decoration). */
export const TREND_WORDS: Readonly<Record<Trend, string>> = { up: "up", down: "down", flat: "steady" };
export const TREND_ARROWS: Readonly<Record<Trend, string>> = { up: "↑", down: "↓", flat: "→" };

/** A percentage, or a dash for "no score". */
export function percentText(percent: number | null): string {
  return percent === null ? "—" : `${percent}%`;
}
