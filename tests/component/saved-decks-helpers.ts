import { clear, createStore, set } from "idb-keyval";
import type { Deck, QuestionKind } from "../../src/deck/deck-types.ts";
import { slugify } from "../../src/deck/slug.ts";
import { forgetSavedDecks } from "../../src/store/deck-repository.ts";
import { SAVED_DECKS_DB_NAME, SAVED_DECKS_STORE_NAME } from "../../src/store/saved-decks-db.ts";
import { resetSavedDecksStore, saveImportedDeck } from "../../src/store/saved-decks-store.ts";

/** The app's saved-decks database, opened beside the app (as another tab, or a test reaching in). */
const rawStore = () => createStore(SAVED_DECKS_DB_NAME, SAVED_DECKS_STORE_NAME);

/** Empties the saved decks and forgets what the page had loaded: the next screen reads them afresh. */
export async function resetSavedDecks(): Promise<void> {
  await clear(rawStore());
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

/** Writes a raw record straight into the database (a damaged one, a newer one…). */
export function putRawRecord(key: string, value: unknown): Promise<void> {
  return set(key, value, rawStore());
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
  if (!result.ok) throw new Error(`saving ${deck.id} was refused: ${result.message}`);
  return result.deck;
}
