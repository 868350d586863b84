import { useEffect } from "react";
import type { DeckCatalog } from "../../store/deck-repository.ts";
import { loadLinkReader } from "./link-reader.ts";
import { namesUnknownDecks, type SetupSearch } from "./setup-search.ts";

export interface SettledLink {
  /** The link names decks or topics that are not known (yet): it must not be tidied meanwhile. */
  namesUnknown: boolean;
  /** …and the saved decks are still loading, so they may yet turn up. */
  waiting: boolean;
}

/**
 * A link may name a saved deck (or its topics) before the saved decks have loaded: it waits for
 * them rather than losing the deck. Once every deck is known, ids and titles that still match
 * nothing are dropped the usual way, and the link notice names them ("…were reset: decks").
 */
export function useSettledLink(
  search: SetupSearch,
  catalog: DeckCatalog,
  onSearchChange: (search: SetupSearch) => void,
): SettledLink {
  const unknown = namesUnknownDecks(search, catalog.decks);
  const drop = catalog.ready && unknown;
  useEffect(() => {
    if (!drop) return;
    let live = true;
    // Loaded already (the link named decks, so the router has read it); were it not to load, the
    // link stays as it is, its unknown decks unticked.
    loadLinkReader().then(
      ({ validateSetupSearch }) => {
        if (live) onSearchChange(validateSetupSearch(search, catalog.decks));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [drop, search, catalog.decks, onSearchChange]);
  return { namesUnknown: unknown, waiting: !catalog.ready && unknown };
}
