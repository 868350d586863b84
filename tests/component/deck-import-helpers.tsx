import "fake-indexeddb/auto";
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { resetSavedDecksStore, saveImportedDeck } from "../../src/store/saved-decks-store.ts";
import { resetSavedDecks } from "./saved-decks-helpers.ts";
import { renderApp } from "./render-app.tsx";

/**
 * A deck in the canonical dialect with two warnings: Q3 follows Q1 (line 13) and a link to a file
 * next to the deck (line 21). Line numbers matter: the review step shows them.
 */
export const NOTES_MD = [
  "# Interview notes", // 1
  "", // 2
  "## Basics", // 3
  "", // 4
  "### Q1: What is a process?", // 5
  "", // 6
  "**Answer:** A running program with its own memory.", // 7
  "", // 8
  "**Key Points:**", // 9
  "- Own address space", // 10
  "- Scheduled by the kernel", // 11
  "", // 12
  "### Q3: What is a thread?", // 13
  "", // 14
  "**Answer:** A path of execution inside a process.", // 15
  "", // 16
  "## Networking", // 17
  "", // 18
  "### Q4: What is DNS?", // 19
  "", // 20
  "**Answer:** The phone book of the internet; see [my notes](notes/dns.md).", // 21
  "",
].join("\n");

/** Empties the saved decks (database and store) so each test starts with none. */
export async function clearSavedDecks() {
  await resetSavedDecks();
}

/** Saves `markdown` as if imported from `file`, straight through the store (no UI). */
export async function saveDeckDirectly(markdown: string, file: string, title?: string) {
  const { deck, dialect } = compileDeck(markdown, { file, mode: "import" });
  if (!deck) throw new Error(`${file} does not compile`);
  const result = await saveImportedDeck(title ? { ...deck, title } : deck, {
    fileName: file,
    dialect: dialect ?? "canonical",
    replace: false,
  });
  if (!result.ok) throw new Error(result.error);
  resetSavedDecksStore();
  return result.value.deck;
}

/** /decks, once the saved decks have been read. */
export async function openLibrary() {
  const app = renderApp("/decks");
  await screen.findByRole("heading", { level: 1, name: "Decks" });
  await screen.findByRole("heading", { level: 2, name: "Your decks" });
  await within(savedSection()).findAllByText(/You have not imported any decks yet|question/);
  return app;
}

export function savedSection(): HTMLElement {
  return screen.getByRole("region", { name: "Your decks" });
}

export function importSection(): HTMLElement {
  return screen.getByRole("region", { name: "Import a deck" });
}

/** Types a file name and pastes Markdown into the paste form, then imports it. */
export async function pasteDeck(user: UserEvent, fileName: string, markdown: string) {
  if (fileName) await user.type(screen.getByRole("textbox", { name: "File name" }), fileName);
  await user.click(screen.getByRole("textbox", { name: "Deck Markdown" }));
  await user.paste(markdown);
  await user.click(screen.getByRole("button", { name: "Import pasted text" }));
}

/** The review step's heading for `fileName`, once it shows. */
export function findReviewHeading(fileName: string) {
  return screen.findByRole("heading", { level: 3, name: `Review “${fileName}”` }, { timeout: 5000 });
}

/** The list item of each problem in the review step, as text. */
export function problemItems(): string[] {
  const list = document.querySelector(".problem-list");
  return list ? [...list.querySelectorAll("li")].map((li) => li.textContent ?? "") : [];
}
