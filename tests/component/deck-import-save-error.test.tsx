import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as savedDecksStore from "../../src/store/saved-decks-store.ts";
import { clearSavedDecks, findReviewHeading, importSection, NOTES_MD, openLibrary, pasteDeck } from "./deck-import-helpers.tsx";

/** When set, the next save throws it (as an unexpected failure deep in the store would). */
const failure: { next: Error | null } = { next: null };

vi.mock("../../src/store/saved-decks-store.ts", async (importOriginal) => {
  const original = await importOriginal<typeof savedDecksStore>();
  return {
    ...original,
    saveImportedDeck: (...args: Parameters<typeof original.saveImportedDeck>) => {
      const error = failure.next;
      failure.next = null;
      return error ? Promise.reject(error) : original.saveImportedDeck(...args);
    },
  };
});

beforeEach(clearSavedDecks);
afterEach(clearSavedDecks);

describe("a save that fails unexpectedly", { timeout: 20_000 }, () => {
  it("says so in the review, which stays open to try again", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "my-notes.md", NOTES_MD);
    await findReviewHeading("my-notes.md");
    failure.next = new Error("the disk went away");
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    expect(await within(importSection()).findByRole("alert")).toHaveTextContent(
      "The deck was not saved: something went wrong while saving (the disk went away). Try again; if it keeps failing, reload the page.",
    );
    expect(screen.getByRole("button", { name: "Save deck" })).toBeEnabled();
    expect(savedDecksStore.useSavedDecksStore.getState().decks).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Interview notes” with 3 questions.");
    expect(savedDecksStore.useSavedDecksStore.getState().decks.map((d) => d.meta.id)).toEqual(["my-notes"]);
  });
});
