import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createSavedDecksDb,
  type SaveDeckOptions,
  type SavedDecksChange,
  type SavedDecksDb,
} from "../../src/store/saved-decks-db.ts";
import { rawDecksStore, storeNames, writeFirstLayout } from "./idb-records.ts";
import { makeDeck } from "./saved-decks-helpers.ts";

let dbCount = 0;
const opened: SavedDecksDb[] = [];

/** A fresh database name per test, and the same name for a second "tab" when asked. */
function freshName(): string {
  dbCount += 1;
  return `rehearse-decks-test-${dbCount}`;
}

function openTab(dbName: string): SavedDecksDb {
  const db = createSavedDecksDb({ dbName, channelName: `${dbName}-channel` });
  opened.push(db);
  return db;
}

const options = (overrides: Partial<SaveDeckOptions> = {}): SaveDeckOptions => ({
  fileName: "deck.md",
  dialect: "heading",
  replace: false,
  reserved: new Set(["aws-cloud"]),
  now: 1_000,
  ...overrides,
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("saved decks database", () => {
  it("stores a summary and the questions apart, and lists only summaries whose questions are there", async () => {
    const name = freshName();
    const db = openTab(name);
    const saved = await db.saveDeck(makeDeck("my-deck"), options());
    expect(saved).toMatchObject({ ok: true, value: { replaced: false, meta: { id: "my-deck", importedAt: 1_000, updatedAt: 1_000 } } });

    const summaries = rawDecksStore("summaries", name);
    // A summary whose questions record is missing is skipped and reported, not listed.
    await summaries.put("lonely", { schema: 1, kind: "summary", summary: { ...makeSummary("lonely") }, meta: meta("lonely") });
    // A record from a newer version is left alone and reported as such.
    await summaries.put("future", { schema: 2, kind: "summary", summary: {}, meta: {} });
    // A record filed under another deck's key is not trusted.
    await summaries.put("moved", { schema: 1, kind: "summary", summary: makeSummary("elsewhere"), meta: meta("elsewhere") });
    await rawDecksStore("decks", name).put("moved", { schema: 1, kind: "deck", deck: makeDeck("moved") });

    const read = await db.readSummaries();
    expect(read.failure).toBeNull();
    expect(read.entries.map((e) => e.summary)).toEqual([
      { id: "my-deck", title: "My Deck", questionCount: 3, sections: [{ title: "Basics", count: 3, concept: 2, scenario: 1 }], kinds: { concept: 2, scenario: 1 } },
    ]);
    expect(read.problems).toEqual([
      { key: "summary:future", deckId: "future", reason: "written by a newer version of Rehearse (schema 2)" },
      { key: "summary:lonely", deckId: "lonely", reason: "its questions are missing" },
      { key: "summary:moved", deckId: "moved", reason: "deck id does not match its key" },
    ]);
    const deck = await db.readDeck("my-deck");
    expect(deck.ok && deck.value?.questions.map((q) => q.id)).toEqual([
      "my-deck/what-is-a-closure",
      "my-deck/what-does-the-event-loop-do",
      "my-deck/your-page-freezes-on-scroll-what-do-you-check",
    ]);
    expect(await db.readDeck("nothing")).toEqual({ ok: true, value: undefined });
  });

  it("replacing keeps the first import date; a damaged summary can be replaced", async () => {
    const name = freshName();
    const db = openTab(name);
    await db.saveDeck(makeDeck("my-deck"), options({ now: 1_000 }));
    const again = await db.saveDeck(makeDeck("my-deck", { title: "v2" }), options({ replace: true, now: 5_000, fileName: "v2.md" }));
    expect(again).toMatchObject({ ok: true, value: { replaced: true, meta: { importedAt: 1_000, updatedAt: 5_000, fileName: "v2.md" } } });

    await rawDecksStore("summaries", name).put("my-deck", { schema: 1, kind: "summary", summary: "damaged" });
    const fixed = await db.saveDeck(makeDeck("my-deck", { title: "v3" }), options({ replace: true, now: 9_000 }));
    expect(fixed).toMatchObject({ ok: true, value: { replaced: true, meta: { importedAt: 9_000, updatedAt: 9_000 } } });
    const read = await db.readSummaries();
    expect(read.problems).toEqual([]);
    expect(read.entries.map((e) => e.summary.title)).toEqual(["v3"]);
  });

  it("a taken id at the length limit still gets a suffix that fits", async () => {
    const db = openTab(freshName());
    const longId = "a".repeat(64);
    await db.saveDeck(makeDeck(longId), options());
    const second = await db.saveDeck(makeDeck(longId), options());
    expect(second.ok && second.value.deck.id).toBe(`${"a".repeat(62)}-2`);
    expect(second.ok && second.value.deck.questions[0]?.id).toBe(`${"a".repeat(62)}-2/what-is-a-closure`);
  });

  it("refuses a deck that is not whole, saying why", async () => {
    const db = openTab(freshName());
    const empty = { ...makeDeck("empty"), questions: [] };
    expect(await db.saveDeck(empty, options())).toEqual({ ok: false, error: "This deck cannot be saved: it has no questions." });
    const foreign = makeDeck("mine");
    const mixed = { ...foreign, questions: [...foreign.questions, ...makeDeck("theirs").questions.slice(0, 1)] };
    expect(await db.saveDeck(mixed, options())).toEqual({ ok: false, error: "This deck cannot be saved: it is not a complete deck." });
    expect((await db.readSummaries()).entries).toEqual([]);
  });

  it("a full storage is said in words, and nothing is half-saved", async () => {
    const db = openTab(freshName());
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const result = await db.saveDeck(makeDeck("big"), options());
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The deck could not be saved: this browser's storage for Rehearse is full/) });
    vi.restoreAllMocks();
    expect((await db.readSummaries()).entries).toEqual([]);
  });

  it("any other storage failure on a write or a read says what to do next", async () => {
    const name = freshName();
    const db = openTab(name);
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("Something broke.", "DataError");
    });
    expect(await db.saveDeck(makeDeck("odd"), options())).toEqual({
      ok: false,
      error: "The deck could not be saved: the browser's storage refused it (DataError: Something broke.). Try again; if it keeps failing, reload the page.",
    });
    put.mockRestore();

    await db.saveDeck(makeDeck("my-deck"), options());
    const get = vi.spyOn(IDBObjectStore.prototype, "get").mockImplementation(() => {
      throw new DOMException("Read failed.", "DataError");
    });
    expect(await db.readDeck("my-deck")).toEqual({
      ok: false,
      error: "The saved deck “my-deck” could not be read (DataError: Read failed.). Try again; if it keeps failing, reload the page.",
    });
    get.mockRestore();

    const decks = rawDecksStore("decks", name);
    await decks.put("my-deck", { schema: 1, kind: "deck", deck: { id: "my-deck" } });
    expect(await db.readDeck("my-deck")).toEqual({
      ok: false,
      error: "The saved deck “my-deck” could not be read (damaged questions). Delete it from Decks and import its file again.",
    });
    await decks.put("my-deck", { schema: 99, kind: "deck" });
    expect(await db.readDeck("my-deck")).toEqual({
      ok: false,
      error: expect.stringMatching(/\(written by a newer version of Rehearse \(schema 99\)\)\. Reload the page to get the newest Rehearse/),
    });
  });

  it("without IndexedDB every call answers with a reason instead of throwing", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const db = openTab(freshName());
    const read = await db.readSummaries();
    expect(read).toEqual({ entries: [], problems: [], failure: expect.stringMatching(/private browsing/) });
    expect(await db.saveDeck(makeDeck("x"), options())).toEqual({ ok: false, error: expect.stringMatching(/not available/) });
    expect(await db.readDeck("x")).toEqual({ ok: false, error: expect.stringMatching(/not available/) });
    expect(await db.renameDeck("x", "Y", 1)).toEqual({ ok: false, error: expect.stringMatching(/not available/) });
    expect(await db.deleteDeck("x")).toEqual({ ok: false, error: expect.stringMatching(/not available/) });
  });

  it("tells other tabs about every save, rename and delete", async () => {
    const name = freshName();
    const tabA = openTab(name);
    const tabB = openTab(name);
    const heard: SavedDecksChange[] = [];
    tabB.subscribe((change) => heard.push(change));
    await tabA.saveDeck(makeDeck("my-deck"), options());
    await tabA.renameDeck("my-deck", "Renamed", 2_000);
    await tabA.deleteDeck("my-deck");
    await vi.waitFor(() => expect(heard).toHaveLength(3));
    expect(heard).toEqual([
      { type: "decks-changed", reason: "saved", deckId: "my-deck" },
      { type: "decks-changed", reason: "renamed", deckId: "my-deck" },
      { type: "decks-changed", reason: "deleted", deckId: "my-deck" },
    ]);
    expect((await tabB.readSummaries()).entries).toEqual([]);
  });

  it("renaming a deck whose questions are damaged is refused with a way out", async () => {
    const name = freshName();
    const db = openTab(name);
    await db.saveDeck(makeDeck("my-deck"), options());
    await rawDecksStore("decks", name).put("my-deck", { schema: 1, kind: "deck", deck: { id: "my-deck" } });
    expect(await db.renameDeck("my-deck", "New", 3_000)).toEqual({
      ok: false,
      error: "The saved deck “my-deck” is damaged (damaged questions) and cannot be renamed; you can delete it and import it again.",
    });
    expect(await db.deleteDeck("my-deck")).toEqual({ ok: true, value: undefined });
    expect((await db.readSummaries()).entries).toEqual([]);
  });
});

function makeSummary(id: string) {
  return { id, title: id, questionCount: 1, sections: [{ title: "S", count: 1, concept: 1, scenario: 0 }], kinds: { concept: 1, scenario: 0 } };
}

function meta(id: string) {
  return { id, fileName: `${id}.md`, dialect: "heading", importedAt: 1, updatedAt: 1 };
}

describe("upgrade from the first layout (one key-value store, `summary:<id>` and `deck:<id>` keys)", () => {
  it("moves each record into its store as it was, and keeps what it cannot read", async () => {
    const scratch = freshName();
    await openTab(scratch).saveDeck(makeDeck("my-deck"), options());
    const summary = await rawDecksStore("summaries", scratch).get("my-deck");
    const deck = await rawDecksStore("decks", scratch).get("my-deck");
    const name = freshName();
    await writeFirstLayout(name, [
      ["summary:my-deck", summary],
      ["deck:my-deck", deck],
      ["summary:broken", { schema: 1, kind: "summary", summary: "damaged" }],
      ["deck:broken", { schema: 1, kind: "deck" }],
      ["stray", 42],
    ]);

    const db = openTab(name);
    const read = await db.readSummaries();
    expect(read.failure).toBeNull();
    expect(read.entries.map((e) => e.meta)).toEqual([
      { id: "my-deck", fileName: "deck.md", dialect: "heading", importedAt: 1_000, updatedAt: 1_000 },
    ]);
    expect(read.problems).toEqual([{ key: "summary:broken", deckId: "broken", reason: "damaged summary" }]);
    const opened = await db.readDeck("my-deck");
    expect(opened.ok && opened.value).toEqual((deck as { deck: unknown }).deck);
    expect(await storeNames(name)).toEqual(["decks", "summaries", "unplaced"]);
    expect(await rawDecksStore("unplaced", name).get("stray")).toBe(42);
    // The upgraded database works as any other.
    expect(await db.renameDeck("my-deck", "Renamed", 2_000)).toEqual({ ok: true, value: undefined });
    expect((await db.readSummaries()).entries.map((e) => e.summary.title)).toEqual(["Renamed"]);
  });
});
