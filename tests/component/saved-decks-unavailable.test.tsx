// No fake-indexeddb here: this file plays a browser where IndexedDB cannot be used (jsdom has none).
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getDeck } from "../../src/store/deck-repository.ts";
import {
  deckIdStatus,
  loadSavedDecks,
  saveImportedDeck,
  useSavedDecksStore,
} from "../../src/store/saved-decks-store.ts";
import { renderApp } from "./render-app.tsx";
import { freshPage, makeDeck } from "./saved-decks-helpers.ts";

describe("saved decks where IndexedDB is unavailable", () => {
  it("says so when saving, and the bundled decks work as before", async () => {
    expect(typeof indexedDB).toBe("undefined");
    await loadSavedDecks();
    expect(useSavedDecksStore.getState()).toMatchObject({
      status: "unavailable",
      decks: [],
      problem: expect.stringMatching(/private browsing/),
    });
    const saved = await saveImportedDeck(makeDeck("my-deck"), { fileName: "my-deck.md", dialect: "heading", replace: false });
    expect(saved).toEqual({ ok: false, error: expect.stringMatching(/^Saved decks are not available/) });
    expect(deckIdStatus("my-deck")).toBe("free");
    expect(await getDeck("my-deck")).toBeUndefined();
    expect((await getDeck("aws-cloud"))?.questions).toHaveLength(24);
  });

  it("the setup screen lists the bundled decks without a warning, and drops a saved deck's id from a link", async () => {
    freshPage();
    const { router } = renderApp("/?decks=my-deck&seed=abc123");
    expect(
      await screen.findByText("Some settings in the link were not valid and were reset: decks."),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toEqual({ seed: "abc123" }));
    expect(screen.getByRole("checkbox", { name: "Include AWS and Cloud Interview Q&A" })).toBeChecked();
    expect(screen.queryByText(/Saved decks are not available/)).not.toBeInTheDocument();
    expect(screen.queryByText("Loading your decks…")).not.toBeInTheDocument();
  });
});
