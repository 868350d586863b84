import { useEffect } from "react";
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import { deckSummaries as bundledSummaries, loadBundledDeck } from "virtual:rehearse-decks";
import type { Deck, DeckSummary } from "../deck/deck-types.ts";
import type * as SavedDecksStore from "./saved-decks-store.ts";
import { SAVED_DECKS_DB_NAME } from "./storage-keys.ts";
import { databaseMayExist } from "./stored-data.ts";

/**
 * Where screens get decks from: the decks bundled from `content/` first, then the ones the person
 * imported (saved in IndexedDB). Bundled summaries are known at once; saved ones arrive a moment
 * after the first paint, through a dynamic import, so none of the IndexedDB code is in the setup
 * page's first bundle. The catalogue is a vanilla zustand store (route guards and loaders read it
 * outside React) that follows the saved-decks store once that has loaded. Each deck's questions
 * are fetched once; failed loads are not cached, and saved decks are dropped from the cache
 * whenever one is saved, replaced, renamed or deleted.
 */

type SavedDecksModule = typeof SavedDecksStore;

/** A deck as lists show it, and where it comes from ("saved" = imported by the person: "Yours"). */
export type DeckListing = DeckSummary & { origin: "bundled" | "saved" };

/** Every deck the person can practise, and whether the saved ones are known yet. */
export interface DeckCatalog {
  /** Bundled decks first (in build order), then saved ones by title. */
  decks: DeckListing[];
  /** False until the saved decks have been read (or found unavailable): an unknown id may still turn up. */
  ready: boolean;
  /**
   * Saved records that could not be read (skipped); null when all is well. That saved decks are
   * unavailable in this browser is not said here: lists still work with the bundled decks.
   */
  problem: string | null;
}

/** The decks bundled with this build, without question bodies. */
export const bundledDeckSummaries: readonly DeckSummary[] = bundledSummaries;

const bundledIds = new Set(bundledDeckSummaries.map((deck) => deck.id));
const bundledListings: readonly DeckListing[] = bundledDeckSummaries.map((deck) => ({ ...deck, origin: "bundled" }));

const cache = new Map<string, Promise<Deck | undefined>>();

function byTitle(a: DeckListing, b: DeckListing): number {
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

type SavedDecksState = ReturnType<SavedDecksModule["useSavedDecksStore"]["getState"]>;

/**
 * The catalogue for a state of the saved-decks store; `failed`: the saved-decks code could not be
 * fetched (offline before it was ever cached), so the bundled decks are all there is; `absent`:
 * this browser has no saved-decks database (a first visit), so there are none, and no code was
 * loaded to say so.
 */
function catalogFrom(state: SavedDecksState | undefined, failed: boolean, absent = false): DeckCatalog {
  const saved: DeckListing[] = (state?.decks ?? [])
    .filter((entry) => !bundledIds.has(entry.summary.id))
    .map((entry) => ({ ...entry.summary, origin: "saved" as const }))
    .sort(byTitle);
  const ready = failed || absent || state?.status === "ready" || state?.status === "unavailable";
  const problem = state?.status === "ready" ? state.problem : null;
  return { decks: [...bundledListings, ...saved], ready, problem };
}

const catalogStore = createStore<DeckCatalog>()(() => catalogFrom(undefined, false));

let savedPending: Promise<SavedDecksModule | null> | null = null;
/** The saved-decks module has loaded: the catalogue follows its store from then on. */
let savedLoaded = false;
/** No saved-decks database was found for the screen shown now (see `useDeckSummaries`). */
let savedAbsent = false;

function markAbsent(absent: boolean): void {
  if (savedLoaded || savedAbsent === absent) return;
  savedAbsent = absent;
  catalogStore.setState(catalogFrom(undefined, false, absent), true);
}

/** The saved-decks module, fetched once; null when it cannot be fetched. */
function loadSavedModule(): Promise<SavedDecksModule | null> {
  savedPending ??= import("./saved-decks-store.ts").then(
    (module) => {
      savedLoaded = true;
      const follow = (state: SavedDecksState) => catalogStore.setState(catalogFrom(state, false), true);
      module.useSavedDecksStore.subscribe(follow);
      follow(module.useSavedDecksStore.getState());
      return module;
    },
    () => {
      savedPending = null; // a later call may try again
      catalogStore.setState(catalogFrom(undefined, true), true);
      return null;
    },
  );
  return savedPending;
}

/** Starts reading the saved decks (once per page); resolves when they are known. Never rejects. */
export async function loadSavedDeckList(): Promise<void> {
  const module = await loadSavedModule();
  await module?.loadSavedDecks();
}

/**
 * Lists the saved decks for a screen that shows them. Without a saved-decks database there are
 * none: the catalogue is complete at once, and neither the code nor the database is touched
 * (reading would create it). Never rejects.
 */
export async function loadSavedDeckListIfAny(): Promise<void> {
  if (savedPending === null && !(await databaseMayExist(SAVED_DECKS_DB_NAME))) {
    markAbsent(true);
    return;
  }
  await loadSavedDeckList();
}

/** Drops every saved deck's cached questions: called when a saved deck changes (here or in another tab). */
export function forgetSavedDecks(): void {
  for (const id of [...cache.keys()]) if (!bundledIds.has(id)) cache.delete(id);
}

async function loadSavedDeck(id: string): Promise<Deck | undefined> {
  const module = await loadSavedModule();
  if (module === null) throw new Error("The saved decks could not be loaded.");
  return module.getSavedDeck(id);
}

/** One deck with its questions, bundled or saved; undefined for an unknown id. */
export function getDeck(id: string): Promise<Deck | undefined> {
  let pending = cache.get(id);
  if (!pending) {
    pending = bundledIds.has(id) ? loadBundledDeck(id) : loadSavedDeck(id);
    cache.set(id, pending);
    const loaded = pending;
    // A failure is not cached; nor is a saved deck that was not found (it may be saved in a moment).
    loaded.then(
      (deck) => {
        if (deck === undefined && !bundledIds.has(id) && cache.get(id) === loaded) cache.delete(id);
      },
      () => {
        if (cache.get(id) === loaded) cache.delete(id);
      },
    );
  }
  return pending;
}

/** The decks among `ids` that exist, in the order asked. */
export async function getDecks(ids: readonly string[]): Promise<Deck[]> {
  const decks = await Promise.all(ids.map(getDeck));
  return decks.filter((d): d is Deck => d !== undefined);
}

/**
 * Every deck known right now (the same object until something changes). Before the saved decks
 * are read, the bundled ones with `ready: false`.
 */
export function currentDeckCatalog(): DeckCatalog {
  return catalogStore.getState();
}

/** A deck's summary by id, bundled or saved (once the saved decks are known). */
export function findDeckSummary(id: string): DeckListing | undefined {
  return currentDeckCatalog().decks.find((deck) => deck.id === id);
}

export interface DeckSummariesOptions {
  /**
   * Read the saved decks only if this browser has a saved-decks database (the setup page: a first
   * visit then loads none of their code). While the screen is shown, "no database" counts as "no
   * saved decks"; it is asked again the next time the screen is shown.
   */
  onlyIfSaved?: boolean;
}

/**
 * Every deck to list, bundled first then the person's own by title; re-renders when saved decks
 * load or change. Starts reading the saved decks (after the first paint) if nothing has yet.
 */
export function useDeckSummaries({ onlyIfSaved = false }: DeckSummariesOptions = {}): DeckCatalog {
  const value = useStore(catalogStore);
  useEffect(() => {
    void (onlyIfSaved ? loadSavedDeckListIfAny() : loadSavedDeckList());
    if (!onlyIfSaved) return undefined;
    // A deck may be saved elsewhere before this screen shows again: ask again then.
    return () => markAbsent(false);
  }, [onlyIfSaved]);
  return value;
}
