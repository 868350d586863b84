import { create } from "zustand";
import type { Deck } from "../deck/deck-types.ts";
import type { DeckDialect } from "../deck/front-matter.ts";
import { bundledDeckSummaries, forgetSavedDecks } from "./deck-repository.ts";
import { savedDecksDb, type SavedDeckEntry, type SavedDeckProblem } from "./saved-decks-db.ts";
import { ok, type Result } from "../lib/result.ts";

export type { SavedDeckEntry, SavedDeckMeta } from "./saved-decks-db.ts";

/**
 * The decks a person imported, as lists show them (summaries, no question bodies). Loaded from
 * IndexedDB once per page after the first paint (`loadSavedDecks`), reloaded after every write
 * here and whenever another tab says it changed the saved decks. Nothing here throws: writes
 * answer with a message a person understands.
 */
export interface SavedDecksState {
  /** "unavailable": IndexedDB cannot be used in this browser (private mode, blocked site data). */
  status: "idle" | "loading" | "ready" | "unavailable";
  /** Sorted by title, then id. */
  decks: SavedDeckEntry[];
  /** What could not be read (damaged records, skipped) or why saved decks are unavailable; null when all is well. */
  problem: string | null;
}


export type SaveResult = Result<{ deck: Deck; replaced: boolean }>;

export interface SaveInfo {
  /** Name of the imported file, shown in the library. */
  fileName: string;
  dialect: DeckDialect;
  /**
   * A new version of a saved deck with this id: overwrite it (question ids stay, so history and
   * review carry on). Without it, a taken id moves the deck to `<id>-2`, `-3`…
   */
  replace: boolean;
}

export const useSavedDecksStore = create<SavedDecksState>()(() => ({ status: "idle", decks: [], problem: null }));

let loading: Promise<void> | null = null;
let unsubscribe: (() => void) | null = null;
/** Counts list reads, so a slow earlier read never overwrites a later one. */
let reads = 0;

/** One sentence about records that could not be read; null when there were none. */
export function describeSkipped(problems: readonly SavedDeckProblem[]): string | null {
  const first = problems[0];
  if (first === undefined) return null;
  const what = `“${first.deckId}” (${first.reason})`;
  if (problems.length === 1) return `One saved deck could not be read and was skipped: ${what}.`;
  return `${problems.length} saved decks could not be read and were skipped: ${what} and ${problems.length - 1} more.`;
}

/** Reads the list again and puts it in the store. */
async function refresh(): Promise<void> {
  reads += 1;
  const read = reads;
  const snapshot = await savedDecksDb().readSummaries();
  if (read !== reads) return;
  if (snapshot.failure !== null) {
    // A list already shown stays (a passing failure); a first read that fails means no saved decks here.
    useSavedDecksStore.setState((state) =>
      state.status === "ready"
        ? { problem: snapshot.failure }
        : { status: "unavailable", decks: [], problem: snapshot.failure },
    );
    return;
  }
  useSavedDecksStore.setState({ status: "ready", decks: snapshot.entries, problem: describeSkipped(snapshot.problems) });
}

/**
 * Loads the list of saved decks; later calls wait for the first. Call after the first paint (the
 * IndexedDB code is not part of the setup page's first bundle).
 */
export function loadSavedDecks(): Promise<void> {
  if (useSavedDecksStore.getState().status !== "idle") return loading ?? Promise.resolve();
  useSavedDecksStore.setState({ status: "loading" });
  unsubscribe ??= savedDecksDb().subscribe(() => {
    // Another tab saved, replaced, renamed or deleted a deck: drop loaded questions, reload the list.
    forgetSavedDecks();
    void refresh();
  });
  loading = refresh();
  return loading;
}

/** Whether a deck id is free, taken by a saved deck (which can be replaced), or by a bundled one (never). */
export function deckIdStatus(id: string): "free" | "saved" | "bundled" {
  if (bundledDeckSummaries.some((deck) => deck.id === id)) return "bundled";
  return useSavedDecksStore.getState().decks.some((entry) => entry.meta.id === id) ? "saved" : "free";
}

/**
 * Saves a compiled deck. With `replace` and a saved deck of the same id, the new version takes its
 * place (first import date kept); otherwise a taken id becomes `<id>-2`, `-3`… Returns the deck as saved.
 */
export async function saveImportedDeck(deck: Deck, info: SaveInfo): Promise<SaveResult> {
  await loadSavedDecks();
  const reserved = new Set(bundledDeckSummaries.map((summary) => summary.id));
  const result = await savedDecksDb().saveDeck(deck, { ...info, reserved, now: Date.now() });
  if (!result.ok) return result;
  forgetSavedDecks();
  await refresh();
  return ok({ deck: result.value.deck, replaced: result.value.replaced });
}

/** Gives a saved deck a new title (its id, and so its question ids and history, stay). */
export async function renameSavedDeck(id: string, title: string): Promise<Result<void>> {
  const result = await savedDecksDb().renameDeck(id, title, Date.now());
  if (!result.ok) return result;
  forgetSavedDecks();
  await refresh();
  return ok(undefined);
}

/** Deletes a saved deck. Sessions practised on it stay in history: they keep their own copy of each question. */
export async function deleteSavedDeck(id: string): Promise<Result<void>> {
  const result = await savedDecksDb().deleteDeck(id);
  if (!result.ok) {
    await refresh();
    return result;
  }
  forgetSavedDecks();
  await refresh();
  return ok(undefined);
}

/** One saved deck with its questions; undefined when none is saved under `id` or it cannot be read. */
export async function getSavedDeck(id: string): Promise<Deck | undefined> {
  const result = await savedDecksDb().readDeck(id);
  if (result.ok) return result.value;
  // A damaged deck is reported where the list is shown; when storage is unavailable the status says so already.
  if (useSavedDecksStore.getState().status === "ready") useSavedDecksStore.setState({ problem: result.error });
  return undefined;
}

/** Forgets the loaded list and stops listening to other tabs (tests start each case clean with it). */
export function resetSavedDecksStore(): void {
  unsubscribe?.();
  unsubscribe = null;
  loading = null;
  reads += 1;
  useSavedDecksStore.setState({ status: "idle", decks: [], problem: null });
}
