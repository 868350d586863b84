/** Built by the decks Vite plugin from `content/*.md`: summaries up front, question bodies per deck on demand. */
declare module "virtual:rehearse-decks" {
  import type { Deck, DeckSummary } from "./deck-types.ts";
  /** Every bundled deck, without question bodies. */
  export const deckSummaries: DeckSummary[];
  /** Loads one bundled deck's questions (its own chunk); undefined for an unknown id. */
  export function loadBundledDeck(id: string): Promise<Deck | undefined>;
}
