import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { compileDeck } from "../../src/deck/compile-deck.ts";
import { getSavedDeck, useSavedDecksStore } from "../../src/store/saved-decks-store.ts";
import {
  clearSavedDecks,
  findReviewHeading,
  importSection,
  NOTES_MD,
  openLibrary,
  saveDeckDirectly,
  savedSection,
} from "./deck-import-helpers.tsx";
import { renderApp } from "./render-app.tsx";

beforeEach(clearSavedDecks);
afterEach(async () => {
  vi.restoreAllMocks();
  await clearSavedDecks();
});

function card(title: string): HTMLElement {
  const heading = within(savedSection()).getByRole("heading", { level: 3, name: title });
  return heading.closest("li") as HTMLElement;
}

function savedNotice(): HTMLElement {
  return within(savedSection()).getByRole("status");
}

describe("deck library (/decks)", { timeout: 20_000 }, () => {
  it("lists the bundled decks, and explains how to import when there are none of your own", async () => {
    await openLibrary();
    const bundled = screen.getByRole("list", { name: "Bundled decks" });
    expect(within(bundled).getByRole("heading", { level: 3, name: "AWS and Cloud Interview Q&A" })).toBeInTheDocument();
    expect(within(bundled).getByRole("link", { name: "Browse AWS and Cloud Interview Q&A" })).toHaveAttribute("href", "/decks/aws-cloud");
    expect(within(bundled).getByRole("link", { name: "Practise AWS and Cloud Interview Q&A" })).toHaveAttribute("href", "/?decks=aws-cloud");
    expect(within(bundled).queryByText("Yours")).toBeNull();
    expect(savedSection()).toHaveTextContent(
      "You have not imported any decks yet. Choose a Markdown file above, drop one on the box, or paste its text",
    );
    expect(screen.queryByRole("list", { name: "Your decks" })).toBeNull();
  });

  it("says clearly while saved decks load, and when this browser cannot keep them", async () => {
    useSavedDecksStore.setState({ status: "loading", decks: [], problem: null });
    renderApp("/decks");
    expect(await within(await screen.findByRole("region", { name: "Your decks" })).findByText("Loading your decks…")).toBeInTheDocument();
    useSavedDecksStore.setState({ status: "unavailable", decks: [], problem: "IndexedDB is turned off" });
    expect(await within(savedSection()).findByText(/Your decks can’t be shown or saved: IndexedDB is turned off\./)).toBeInTheDocument();
    expect(savedSection()).toHaveTextContent("The bundled decks below still work.");
    expect(screen.getByRole("list", { name: "Bundled decks" })).toBeInTheDocument();
  });

  it("shows each saved deck as yours with counts, file name and date", async () => {
    await saveDeckDirectly(NOTES_MD, "notes.md");
    await openLibrary();
    const notes = card("Interview notes");
    expect(notes).toHaveTextContent("Yours");
    expect(notes).toHaveTextContent("3 questions · 2 topics · 3 concept · 0 scenario");
    expect(notes).toHaveTextContent("From notes.md · imported");
    const date = notes.querySelector("time");
    expect(Date.now() - Date.parse(date?.getAttribute("datetime") ?? "")).toBeLessThan(60_000);
    for (const name of ["Practise", "Browse"]) {
      expect(within(notes).getByRole("link", { name: `${name} Interview notes` })).toBeInTheDocument();
    }
    for (const name of ["Rename", "Export Markdown", "Re-import new version", "Delete"]) {
      expect(within(notes).getByRole("button", { name: `${name} Interview notes` })).toBeInTheDocument();
    }
  });

  it("deletes only after asking, says history stays, and moves focus to the list", async () => {
    await saveDeckDirectly(NOTES_MD, "notes.md");
    const { user } = await openLibrary();
    await user.click(within(card("Interview notes")).getByRole("button", { name: "Delete Interview notes" }));
    const dialog = screen.getByRole("alertdialog", { name: "Delete “Interview notes”?" });
    expect(dialog).toHaveTextContent("Your history of sessions with it stays readable");
    expect(within(dialog).getByRole("button", { name: "Keep deck" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Keep deck" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(card("Interview notes")).toBeInTheDocument();
    expect(await getSavedDeck("notes")).toBeDefined();

    await user.click(within(card("Interview notes")).getByRole("button", { name: "Delete Interview notes" }));
    await user.click(screen.getByRole("button", { name: "Delete deck" }));
    await waitFor(() => expect(savedNotice()).toHaveTextContent("Deleted “Interview notes”. Your history of its sessions stays."));
    expect(within(savedSection()).queryByRole("heading", { level: 3 })).toBeNull();
    expect(savedSection()).toHaveTextContent("You have not imported any decks yet.");
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Your decks" })).toHaveFocus());
    expect(await getSavedDeck("notes")).toBeUndefined();
  });

  it("renames a deck in a dialog; a blank title is refused", async () => {
    await saveDeckDirectly(NOTES_MD, "notes.md");
    const { user } = await openLibrary();
    const rename = within(card("Interview notes")).getByRole("button", { name: "Rename Interview notes" });
    await user.click(rename);
    const dialog = screen.getByRole("dialog", { name: "Rename “Interview notes”" });
    const input = within(dialog).getByRole("textbox", { name: "Deck title" });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.click(within(dialog).getByRole("button", { name: "Save title" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Type a title for the deck.");
    await user.type(input, "Systems basics");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(savedNotice()).toHaveTextContent("Renamed to “Systems basics”.");
    expect(await within(savedSection()).findByRole("heading", { level: 3, name: "Systems basics" })).toBeInTheDocument();
    expect((await getSavedDeck("notes"))?.title).toBe("Systems basics");

    // Escape closes without renaming.
    await user.click(within(card("Systems basics")).getByRole("button", { name: "Rename Systems basics" }));
    await user.type(screen.getByRole("textbox", { name: "Deck title" }), " again");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect((await getSavedDeck("notes"))?.title).toBe("Systems basics");
  });

  it("exports a saved deck as <id>.md in canonical Markdown that imports back to the same questions", async () => {
    const saved = await saveDeckDirectly(NOTES_MD, "notes.md", "Exported notes");
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:rehearse/${blobs.length}`;
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = await openLibrary();
    await user.click(within(card("Exported notes")).getByRole("button", { name: "Export Markdown Exported notes" }));
    await waitFor(() => expect(savedNotice()).toHaveTextContent("Exported “Exported notes” as notes.md."));
    expect(names).toEqual(["notes.md"]);
    expect(blobs[0]?.type).toBe("text/markdown;charset=utf-8");
    const markdown = (await blobs[0]?.text()) ?? "";
    expect(markdown).toMatch(/^(---\n[\s\S]*?\n---\n\n?)?# Exported notes\n/);
    expect(markdown).toContain("## Basics");
    expect(markdown).toContain("What is a process?");
    expect(markdown).toContain("The phone book of the internet");
    const again = compileDeck(markdown, { file: "notes.md", mode: "import" });
    expect(again.deck?.questions.map((q) => [q.id, q.section, q.prompt])).toEqual(
      saved.questions.map((q) => [q.id, q.section, q.prompt]),
    );
  });

  it("re-imports a new version over a saved deck, under its id whatever the file is called", async () => {
    await saveDeckDirectly(NOTES_MD, "notes.md", "My renamed notes");
    const { user } = await openLibrary();
    const input = within(card("My renamed notes")).getByLabelText("New version of My renamed notes");
    const changed = NOTES_MD.replace("## Networking", "## Networks").concat("\n### Q5: What is TCP?\n\n**Answer:** Reliable streams.\n");
    await user.upload(input, new File([changed], "notes-v2.md", { type: "text/markdown" }));
    const heading = await findReviewHeading("notes-v2.md");
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(importSection()).getByRole("textbox", { name: "Deck title" })).toHaveValue("My renamed notes");
    expect(within(importSection()).getByRole("radio", { name: "Replace “My renamed notes” (keeps your progress)" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Updated “My renamed notes” with 4 questions.");
    expect(useSavedDecksStore.getState().decks.map((d) => d.meta.id)).toEqual(["notes"]);
    const deck = await getSavedDeck("notes");
    expect(deck?.questions.map((q) => q.id)).toEqual(["notes/q1", "notes/q3", "notes/q4", "notes/q5"]);
    expect(deck?.sections).toEqual(["Basics", "Networks"]);
  });
});
