import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { compileForImport } from "../../src/features/decks/import/compile-for-import.ts";
import type { CompileReply, CompileRequest } from "../../src/features/decks/import/compile-messages.ts";
import { useSavedDecksStore } from "../../src/store/saved-decks-store.ts";
import { clearSavedDecks, findReviewHeading, importSection, NOTES_MD, openLibrary, pasteDeck } from "./deck-import-helpers.tsx";

/** Stands in for the compile worker: records what the page sends and lets the test answer. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  readonly posted: { data: CompileRequest; transfer: unknown[] }[] = [];
  terminated = false;
  private readonly listeners: { type: string; listener: (event: never) => void }[] = [];

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  addEventListener(type: string, listener: (event: never) => void) {
    this.listeners.push({ type, listener });
  }

  private emit(type: string, event: object) {
    act(() => {
      for (const entry of this.listeners) if (entry.type === type) (entry.listener as (event: object) => void)(event);
    });
  }

  postMessage(data: CompileRequest, transfer: unknown[] = []) {
    this.posted.push({ data, transfer });
  }

  terminate() {
    this.terminated = true;
  }

  reply(data: CompileReply) {
    this.emit("message", { data });
  }

  /** The worker's script failed to load or run. */
  fail(message: string) {
    this.emit("error", { message, preventDefault: () => undefined });
  }
}

function lastWorker(): FakeWorker {
  const worker = FakeWorker.instances.at(-1);
  if (!worker) throw new Error("no worker was started");
  return worker;
}

beforeEach(async () => {
  FakeWorker.instances = [];
  vi.stubGlobal("Worker", FakeWorker);
  await clearSavedDecks();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await clearSavedDecks();
});

describe("compiling an import in a worker", { timeout: 20_000 }, () => {
  it("shows real progress with a percentage and a live status, and Cancel terminates the worker", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "big-notes.md", NOTES_MD);
    const heading = await screen.findByRole("heading", { level: 3, name: "Importing “big-notes.md”" });
    await waitFor(() => expect(heading).toHaveFocus());

    const worker = lastWorker();
    expect(String(worker.url)).toMatch(/compile-worker\.ts/);
    expect(worker.options).toEqual({ type: "module" });
    // The file goes to the worker once its code has loaded.
    expect(worker.posted).toEqual([]);
    worker.reply({ type: "ready" });
    expect(worker.posted).toEqual([{ data: { input: NOTES_MD, file: "big-notes.md" }, transfer: [] }]);

    const bar = screen.getByRole("progressbar", { name: "Import progress" });
    expect(bar).toHaveAttribute("value", "0");
    worker.reply({ type: "progress", done: 1_300, total: 2_000 });
    expect(bar).toHaveAttribute("value", "65");
    expect(bar).toHaveAttribute("max", "100");
    expect(within(importSection()).getByText("65%")).toBeInTheDocument();
    // Screen readers hear a step each quarter, not each percent.
    expect(screen.getByText("Reading “big-notes.md”: 50% done.")).toHaveAttribute("role", "status");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(worker.terminated).toBe(true);
    expect(within(importSection()).getByText("Import cancelled. Nothing was saved.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Import a deck" })).toHaveFocus());
    // A late answer from the stopped worker changes nothing.
    worker.reply({ type: "compiled", compilation: compileForImport(NOTES_MD, "big-notes.md") });
    expect(screen.queryByRole("heading", { name: /^Review/ })).toBeNull();
    expect(useSavedDecksStore.getState().decks).toEqual([]);
  });

  it("hands a file's bytes to the worker and shows its answer in the review step", async () => {
    await openLibrary();
    const zone = screen.getByRole("group", { name: "Drop a deck file here" });
    const files = [new File([NOTES_MD], "dropped.md", { type: "text/markdown" })];
    fireEvent.drop(zone, { dataTransfer: { files, types: ["Files"] } });
    await waitFor(() => expect(FakeWorker.instances).toHaveLength(1));
    const worker = lastWorker();
    worker.reply({ type: "ready" });
    expect(worker.posted).toHaveLength(1);
    const [{ data, transfer }] = worker.posted as [{ data: CompileRequest; transfer: unknown[] }];
    expect(data.file).toBe("dropped.md");
    expect(data.input).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(data.input as Uint8Array)).toBe(NOTES_MD);
    expect(transfer).toEqual([(data.input as Uint8Array).buffer]);

    worker.reply({ type: "compiled", compilation: compileForImport(NOTES_MD, "dropped.md") });
    await findReviewHeading("dropped.md");
    expect(worker.terminated).toBe(true);
    expect(screen.getByRole("heading", { level: 4, name: "2 warnings" })).toBeInTheDocument();
  });

  it("says so when the worker fails, and nothing is saved", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "notes.md", NOTES_MD);
    await screen.findByRole("heading", { level: 3, name: "Importing “notes.md”" });
    lastWorker().reply({ type: "ready" });
    lastWorker().reply({ type: "failed", message: "out of memory" });
    await waitFor(() =>
      expect(within(importSection()).getByRole("status")).toHaveTextContent(
        "The import could not run in this browser (out of memory). Reload the page and try again. Nothing was imported.",
      ),
    );
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Import a deck" })).toHaveFocus());
    expect(lastWorker().terminated).toBe(true);
    expect(useSavedDecksStore.getState().decks).toEqual([]);
  });

  it("compiles on the page when the worker's script cannot run, so the import still works", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "notes.md", NOTES_MD);
    await screen.findByRole("heading", { level: 3, name: "Importing “notes.md”" });
    const worker = lastWorker();
    worker.fail("Uncaught ReferenceError: document is not defined");
    expect(worker.terminated).toBe(true);
    await findReviewHeading("notes.md");
    expect(worker.posted).toEqual([]);
    expect(screen.getByRole("heading", { level: 4, name: "2 warnings" })).toBeInTheDocument();
  });

  it("reports a worker that stops after it started, rather than compiling twice", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "notes.md", NOTES_MD);
    await screen.findByRole("heading", { level: 3, name: "Importing “notes.md”" });
    const worker = lastWorker();
    worker.reply({ type: "ready" });
    worker.fail("Uncaught RangeError: Maximum call stack size exceeded");
    await waitFor(() =>
      expect(within(importSection()).getByRole("status")).toHaveTextContent(
        "The import could not run in this browser (Uncaught RangeError: Maximum call stack size exceeded).",
      ),
    );
    expect(screen.queryByRole("heading", { name: /^Review/ })).toBeNull();
  });
});
