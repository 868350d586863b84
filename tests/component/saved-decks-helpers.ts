import type { Deck, QuestionKind } from "../../src/deck/deck-types.ts";
import { slugify } from "../../src/deck/slug.ts";
import { forgetSavedDecks } from "../../src/store/deck-repository.ts";
import { resetSavedDecksStore, saveImportedDeck } from "../../src/store/saved-decks-store.ts";
import { rawDecksStore } from "./idb-records.ts";

/** Empties the saved decks and forgets what the page had loaded: the next screen reads them afresh. */
export async function resetSavedDecks(): Promise<void> {
  // The app's saved-decks database, opened beside the app (as another tab, or a test reaching in).
  await Promise.all([rawDecksStore("summaries").clear(), rawDecksStore("decks").clear()]);
  resetSavedDecksStore();
  forgetSavedDecks();
}

/**
 * As if the page had just been opened: the saved decks are not read yet (they load after the
 * first paint), and no deck's questions are cached.
 */
export function freshPage(): void {
  resetSavedDecksStore();
  forgetSavedDecks();
}

/** Writes a raw record straight into one store of the database (a damaged one, a newer one…). */
export function putRawRecord(store: "summaries" | "decks", id: string, value: unknown): Promise<void> {
  return rawDecksStore(store).put(id, value);
}

export interface DeckSpec {
  title?: string;
  section?: string;
  /** Prompt → kind; answers are "Answer to <prompt>" plus `answerSuffix`. */
  prompts?: Record<string, QuestionKind>;
  answerSuffix?: string;
}

/** A compiled deck as the import step hands it over: ids `<deck>/<slug of prompt>`. */
export function makeDeck(id: string, spec: DeckSpec = {}): Deck {
  const section = spec.section ?? "Basics";
  const prompts = spec.prompts ?? {
    "What is a closure?": "concept",
    "What does the event loop do?": "concept",
    "Your page freezes on scroll: what do you check?": "scenario",
  };
  return {
    id,
    title: spec.title ?? "My Deck",
    tags: [],
    sourcePath: `${id}.md`,
    sections: [section],
    questions: Object.entries(prompts).map(([prompt, kind], index) => ({
      id: `${id}/${slugify(prompt)}`,
      deckId: id,
      label: `#${index + 1}`,
      kind,
      section,
      prompt,
      answer: `Answer to ${prompt}${spec.answerSuffix ?? ""}`,
      keyPoints: [],
      hash: `${slugify(prompt)}${spec.answerSuffix ?? ""}`,
      line: index * 4 + 1,
    })),
  };
}

/** Saves a deck as the import screen does; fails the test if it is refused. */
export async function saveDeck(deck: Deck, replace = false, fileName = `${deck.id}.md`): Promise<Deck> {
  const result = await saveImportedDeck(deck, { fileName, dialect: "heading", replace });
  if (!result.ok) throw new Error(`saving ${deck.id} was refused: ${result.error}`);
  return result.value.deck;
}
