import { deckSummaries as bundledSummaries, loadBundledDeck } from "virtual:rehearse-decks";
import type { Deck, DeckSummary } from "../deck/deck-types.ts";

/**
 * Where screens get decks from. Today: the decks bundled from `content/`, whose question bodies
 * load per deck on demand. Each deck is fetched once; failed loads are not cached, so a retry can
 * succeed after a network blip.
 */
const cache = new Map<string, Promise<Deck | undefined>>();

/** Every deck the person can practise, without question bodies. */
export const deckSummaries: readonly DeckSummary[] = bundledSummaries;

export function findDeckSummary(id: string): DeckSummary | undefined {
  return deckSummaries.find((d) => d.id === id);
}

/** One deck with its questions; undefined for an unknown id. */
export function getDeck(id: string): Promise<Deck | undefined> {
  let pending = cache.get(id);
  if (!pending) {
    pending = loadBundledDeck(id);
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return pending;
}

/** The decks among `ids` that exist, in the order asked. */
export async function getDecks(ids: readonly string[]): Promise<Deck[]> {
  const decks = await Promise.all(ids.map(getDeck));
  return decks.filter((d): d is Deck => d !== undefined);
}
