import "fake-indexeddb/auto";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDeck } from "../../src/store/deck-repository.ts";
import { historyDb } from "../../src/store/history-db.ts";
import {
  deckIdStatus,
  deleteSavedDeck,
  getSavedDeck,
  loadSavedDecks,
  renameSavedDeck,
  useSavedDecksStore,
} from "../../src/store/saved-decks-store.ts";
import { createSavedDecksDb, savedDecksDb } from "../../src/store/saved-decks-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { sessionConfig } from "../fixtures/session-fixtures.ts";
import { renderApp } from "./render-app.tsx";
import { freshPage, makeDeck, putRawRecord, resetSavedDecks, saveDeck } from "./saved-decks-helpers.ts";

const BUNDLED = "AWS and Cloud Interview Q&A";

beforeEach(async () => {
  localStorage.clear();
  await resetSavedDecks();
  await historyDb().clearHistory();
});

afterEach(() => {
  vi.restoreAllMocks();
  // A session a test left open would put a Resume banner on the next test's setup screen.
  useSessionStore.getState().actions.finish();
});

/** Holds back the reading of the saved decks' list until `release()`: the moment before they are known. */
function holdSavedDecksList(): { release: () => void } {
  const db = savedDecksDb();
  const read = db.readSummaries.bind(db);
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.spyOn(db, "readSummaries").mockImplementation(async () => {
    await gate;
    return read();
  });
  return { release };
}

/** Generous: the first test of the file also pays for loading the saved-decks code on a busy machine. */
const LOADED = { timeout: 5_000 };

/** The setup screen's card of the deck titled `title`, once the saved decks have loaded. */
async function deckCard(title: string): Promise<HTMLElement> {
  const heading = await screen.findByRole("heading", { level: 3, name: title }, LOADED);
  const card = heading.closest<HTMLElement>(".setup-deck");
  if (!card) throw new Error(`no card around ${title}`);
  return card;
}

describe("saved decks on the setup screen", () => {
  it("a saved deck appears beside the bundled one, marked Yours, and a session starts on it", async () => {
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    const { user, router } = renderApp("/");

    const mine = await deckCard("My Deck");
    expect(within(mine).getByText("Yours")).toBeInTheDocument();
    expect(within(mine).getByText(/3 questions · 2 concept · 1 scenario/)).toBeInTheDocument();
    expect(within(mine).getByRole("checkbox", { name: "Basics (3)" })).toBeChecked();
    expect(within(await deckCard(BUNDLED)).queryByText("Yours")).not.toBeInTheDocument();
    // Bundled first, then the person's own.
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([BUNDLED, "My Deck"]);
    expect(screen.getByText("27 questions match these choices.")).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: `Include ${BUNDLED}` }));
    // The first change waits for the link reader (its own chunk) before the router takes the link.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ decks: "my-deck" }));
    expect(screen.getByText("Only 3 questions match these choices, so the session will have 3, not 10.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start session" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const prompts = makeDeck("my-deck").questions.map((q) => q.prompt);
    const prompt = await screen.findByRole("heading", { level: 1, name: (name) => prompts.includes(name) }, LOADED);
    await waitFor(() => expect(prompt).toHaveFocus());
  });

  it("a link naming a saved deck and its topic keeps them while the saved decks load", async () => {
    await saveDeck(makeDeck("my-deck", { section: "Closures" }));
    freshPage();
    expect(useSavedDecksStore.getState().status).toBe("idle");
    // No seed: the screen adds one and rewrites the link, which must not lose the deck meanwhile.
    const { router } = renderApp("/?decks=my-deck&topics=Closures");
    const mine = await deckCard("My Deck");
    expect(within(mine).getByRole("checkbox", { name: "Include My Deck" })).toBeChecked();
    expect(within(mine).getByRole("checkbox", { name: "Closures (3)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: `Include ${BUNDLED}` })).not.toBeChecked();
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ decks: "my-deck", topics: ["Closures"], seed: expect.any(String) }),
    );
    expect(screen.queryByText(/were reset/)).not.toBeInTheDocument();
    expect(screen.queryByText("Loading your decks…")).not.toBeInTheDocument();
  });

  it("while the saved decks load, a link naming one waits; clicking away is not undone when they arrive", async () => {
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    const list = holdSavedDecksList();
    const { user, router } = renderApp("/?decks=my-deck");
    expect(await screen.findByText("Loading your decks…", {}, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start session" })).not.toBeInTheDocument();
    expect(router.state.location.search).toEqual({ decks: "my-deck" });

    await user.click(screen.getByRole("link", { name: "History" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/history"));
    list.release();
    await waitFor(() => expect(useSavedDecksStore.getState().status).toBe("ready"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.state.location.pathname).toBe("/history");
  });

  it("a link listing bundled decks only is tidied at once and still lists them when saved decks arrive", async () => {
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    const list = holdSavedDecksList();
    const { router } = renderApp("/?decks=aws-cloud");
    await screen.findByRole("heading", { level: 3, name: BUNDLED }, LOADED);
    // The seed is added without waiting for the saved decks, and "aws-cloud" does not become "every deck".
    await waitFor(() => expect(router.state.location.search).toEqual({ decks: "aws-cloud", seed: expect.any(String) }));
    list.release();
    const mine = await deckCard("My Deck");
    expect(within(mine).getByRole("checkbox", { name: "Include My Deck" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: `Include ${BUNDLED}` })).toBeChecked();
    expect(router.state.location.search).toEqual({ decks: "aws-cloud", seed: expect.any(String) });
  });

  it("a link naming a deck that is not saved drops it once the saved decks are known, and says so", async () => {
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    const { router } = renderApp("/?decks=gone-deck,my-deck&seed=abc123");
    expect(
      await screen.findByText("Some settings in the link were not valid and were reset: decks.", {}, LOADED),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toEqual({ decks: "my-deck", seed: "abc123" }));
    expect(screen.getByRole("checkbox", { name: "Include My Deck" })).toBeChecked();
  });

  it("a damaged saved record is skipped with a message; the other decks still show", async () => {
    await putRawRecord("summaries", "broken", { schema: 1, kind: "summary", summary: { id: "broken" }, meta: {} });
    await putRawRecord("decks", "broken", { schema: 1, kind: "deck", deck: "not a deck" });
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    renderApp("/");
    expect(
      await screen.findByText("One saved deck could not be read and was skipped: “broken” (damaged summary).", {}, LOADED),
    ).toBeInTheDocument();
    expect(await deckCard("My Deck")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(2);
  });

  it("says how many of a saved deck's questions are due today", async () => {
    const deck = await saveDeck(makeDeck("my-deck"));
    const [first, second] = deck.questions;
    if (!first || !second) throw new Error("the deck has questions");
    const at = Date.now() - 60 * 86_400_000;
    const { actions } = useSessionStore.getState();
    const session = actions.start(sessionConfig({ deckIds: ["my-deck"], count: 2 }), [first, second], at);
    actions.send({ type: "graded", at: at + 1, grade: 1, questionId: first.id });
    actions.send({ type: "jumpedTo", at: at + 2, index: 1, fromIndex: 0 });
    actions.send({ type: "graded", at: at + 3, grade: 2, questionId: second.id });
    actions.finish(at + 4);
    await waitFor(async () => expect((await historyDb().readHistory()).sessions.map((s) => s.id)).toContain(session.id));

    freshPage();
    renderApp("/");
    const mine = await deckCard("My Deck");
    expect(await within(mine).findByText(/2 due today/, {}, LOADED)).toBeInTheDocument();
    expect(within(await deckCard(BUNDLED)).queryByText(/due today/)).not.toBeInTheDocument();
  });

  it("a deck saved in another tab appears without a reload", async () => {
    renderApp("/");
    await screen.findByRole("heading", { level: 3, name: BUNDLED }, LOADED);
    await waitFor(() => expect(useSavedDecksStore.getState().status).toBe("ready"));
    const otherTab = createSavedDecksDb();
    try {
      const saved = await otherTab.saveDeck(makeDeck("from-elsewhere", { title: "Other Tab Deck" }), {
        fileName: "other.md",
        dialect: "heading",
        replace: false,
        reserved: new Set(["aws-cloud"]),
        now: Date.now(),
      });
      expect(saved.ok).toBe(true);
      expect(within(await deckCard("Other Tab Deck")).getByText("Yours")).toBeInTheDocument();
    } finally {
      otherTab.close();
    }
  });
});

describe("saving, replacing, renaming and deleting", () => {
  it("replacing a saved deck keeps its id, its question ids and its first import date", async () => {
    const first = await saveDeck(makeDeck("my-deck"));
    await loadSavedDecks();
    const importedAt = useSavedDecksStore.getState().decks[0]?.meta.importedAt;
    expect(deckIdStatus("my-deck")).toBe("saved");
    // Loaded once: a replaced deck must not be served from the cache.
    expect((await getDeck("my-deck"))?.questions[0]?.answer).toBe("Answer to What is a closure?");

    const v2 = makeDeck("my-deck", {
      prompts: {
        "What is a closure?": "concept",
        "What does the event loop do?": "concept",
        "Your page freezes on scroll: what do you check?": "scenario",
        "What is hoisting?": "concept",
      },
      answerSuffix: " (revised)",
    });
    const second = await saveDeck(v2, true, "my-deck-v2.md");
    expect(second.id).toBe("my-deck");
    const ids = second.questions.map((q) => q.id);
    expect(ids.slice(0, 3)).toEqual(first.questions.map((q) => q.id));

    const { decks } = useSavedDecksStore.getState();
    expect(decks).toHaveLength(1);
    expect(decks[0]?.summary.questionCount).toBe(4);
    expect(decks[0]?.meta).toMatchObject({ id: "my-deck", fileName: "my-deck-v2.md", importedAt });
    expect(decks[0]?.meta.updatedAt).toBeGreaterThanOrEqual(importedAt ?? Infinity);
    expect((await getDeck("my-deck"))?.questions[0]?.answer).toBe("Answer to What is a closure? (revised)");

    renderApp("/");
    expect(within(await deckCard("My Deck")).getByText(/4 questions · 3 concept · 1 scenario/)).toBeInTheDocument();
  });

  it("saving without replace under a taken id moves the deck to -2 with new question ids", async () => {
    await saveDeck(makeDeck("my-deck"));
    const copy = await saveDeck(makeDeck("my-deck", { title: "My Deck again" }));
    expect(copy.id).toBe("my-deck-2");
    expect(copy.questions.every((q) => q.deckId === "my-deck-2" && q.id.startsWith("my-deck-2/"))).toBe(true);
    const third = await saveDeck(makeDeck("my-deck", { title: "Third" }));
    expect(third.id).toBe("my-deck-3");

    // A bundled deck's id is never taken over, even when asked to replace.
    const clash = await saveDeck(makeDeck("aws-cloud", { title: "Not the bundled one" }), true);
    expect(clash.id).toBe("aws-cloud-2");
    expect(deckIdStatus("aws-cloud")).toBe("bundled");
    expect(deckIdStatus("aws-cloud-2")).toBe("saved");
    expect(deckIdStatus("nothing-here")).toBe("free");
    expect((await getDeck("aws-cloud"))?.title).toBe(BUNDLED);

    renderApp("/");
    await deckCard("My Deck again");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      BUNDLED,
      "My Deck",
      "My Deck again",
      "Not the bundled one",
      "Third",
    ]);
  });

  it("renaming changes the title everywhere and keeps the id; a blank title is refused", async () => {
    await saveDeck(makeDeck("my-deck"));
    expect((await getDeck("my-deck"))?.title).toBe("My Deck");
    renderApp("/");
    await deckCard("My Deck");

    expect(await renameSavedDeck("my-deck", "   ")).toEqual({ ok: false, error: expect.stringMatching(/needs a title/) });
    expect(await renameSavedDeck("my-deck", "  Closures and more  ")).toEqual({ ok: true, value: undefined });
    expect(await deckCard("Closures and more")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 3, name: "My Deck" })).not.toBeInTheDocument();
    const renamed = await getDeck("my-deck");
    expect(renamed?.title).toBe("Closures and more");
    expect(renamed?.questions[0]?.id).toBe("my-deck/what-is-a-closure");
    expect(await renameSavedDeck("no-such-deck", "Anything")).toEqual({
      ok: false,
      error: expect.stringMatching(/no saved deck “no-such-deck”/),
    });
  });

  it("deleting a deck removes it, while its sessions' results and history still open", async () => {
    const deck = await saveDeck(makeDeck("my-deck"));
    const { actions } = useSessionStore.getState();
    const session = actions.start(sessionConfig({ deckIds: ["my-deck"], count: 3 }), deck.questions);
    actions.send({ type: "revealed", at: Date.now(), questionId: deck.questions[0]?.id ?? "" });
    actions.send({ type: "graded", at: Date.now(), grade: 3, questionId: deck.questions[0]?.id ?? "" });
    actions.finish();
    await waitFor(async () => expect((await historyDb().readHistory()).sessions).toHaveLength(1));

    expect(await deleteSavedDeck("my-deck")).toEqual({ ok: true, value: undefined });
    expect(await deleteSavedDeck("my-deck")).toEqual({ ok: false, error: expect.stringMatching(/no saved deck/) });
    expect(await getSavedDeck("my-deck")).toBeUndefined();
    expect(await getDeck("my-deck")).toBeUndefined();
    expect(deckIdStatus("my-deck")).toBe("free");

    const results = renderApp(`/results/${session.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Results" }, LOADED)).toBeInTheDocument();
    // The deck is gone: its id stands in for the title, and every question is still listed.
    expect(screen.getByText(/my-deck · practice mode/)).toBeInTheDocument();
    for (const q of deck.questions) expect(screen.getByText(q.prompt)).toBeInTheDocument();

    await results.user.click(screen.getByRole("link", { name: "History" }));
    const table = await screen.findByRole("table", { name: /Finished sessions/ }, LOADED);
    const row = within(table)
      .getAllByRole("row")
      .find((tr) => tr.querySelector(`a[href="/results/${session.id}"]`) !== null);
    expect(row).toBeDefined();
    expect(within(row as HTMLElement).getByRole("cell", { name: "my-deck" })).toBeInTheDocument();

    await results.user.click(screen.getByRole("link", { name: "Practice" }));
    await screen.findByRole("heading", { level: 3, name: BUNDLED }, LOADED);
    expect(screen.queryByRole("heading", { level: 3, name: "My Deck" })).not.toBeInTheDocument();
  });

  it("browses a saved deck at /decks/<id>; a deleted one is not found", async () => {
    await saveDeck(makeDeck("my-deck"));
    freshPage();
    renderApp("/decks/my-deck");
    expect(await screen.findByRole("heading", { level: 1, name: "My Deck" }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /What is a closure\?/ })).toBeInTheDocument();
    cleanup();

    expect(await deleteSavedDeck("my-deck")).toEqual({ ok: true, value: undefined });
    renderApp("/decks/my-deck");
    expect(await screen.findByRole("heading", { level: 1, name: "Deck not found" }, LOADED)).toBeInTheDocument();
  });

  it("a saved deck whose questions are damaged is not opened, and the problem is said", async () => {
    await saveDeck(makeDeck("my-deck"));
    await loadSavedDecks();
    await putRawRecord("decks", "my-deck", { schema: 1, kind: "deck", deck: { id: "my-deck", questions: [] } });
    expect(await getSavedDeck("my-deck")).toBeUndefined();
    expect(useSavedDecksStore.getState().problem).toBe(
      "The saved deck “my-deck” could not be read (damaged questions). Delete it from Decks and import its file again.",
    );
  });
});
