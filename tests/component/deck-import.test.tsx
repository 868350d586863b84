import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getSavedDeck, useSavedDecksStore } from "../../src/store/saved-decks-store.ts";
import {
  clearSavedDecks,
  findReviewHeading,
  importSection,
  NOTES_MD,
  openLibrary,
  pasteDeck,
  problemItems,
  saveDeckDirectly,
  savedSection,
} from "./deck-import-helpers.tsx";

beforeEach(clearSavedDecks);
afterEach(clearSavedDecks);

/** Drops files on the drop zone, as a browser's drag and drop does. */
function dropFiles(files: File[]) {
  const zone = screen.getByRole("group", { name: "Drop a deck file here" });
  fireEvent.dragEnter(zone, { dataTransfer: { files, types: ["Files"] } });
  fireEvent.drop(zone, { dataTransfer: { files, types: ["Files"] } });
}

function importNotice(): HTMLElement {
  return within(importSection()).getByRole("status");
}

describe("importing a deck (/decks)", { timeout: 20_000 }, () => {
  it("paste → review (dialect, warnings with lines) → rename title and a section → save → listed as yours", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "my-notes.md", NOTES_MD);

    const heading = await findReviewHeading("my-notes.md");
    await waitFor(() => expect(heading).toHaveFocus());
    const review = importSection();
    expect(within(review).getByText("(canonical)")).toBeInTheDocument();
    expect(within(review).getByText(/3 questions in 2 sections \(3 concept, 0 scenario\)/)).toBeInTheDocument();
    expect(within(review).getByRole("heading", { level: 4, name: "2 warnings" })).toBeInTheDocument();
    const [numbering, link] = problemItems();
    expect(numbering).toMatch(/^Line 13 Warning W001/);
    expect(numbering).toContain("Q3 follows Q1, so Q2 is missing");
    expect(numbering).toContain("### Q3: What is a thread?");
    expect(link).toMatch(/^Line 21 Warning W003/);
    expect(link).toContain("**Answer:** The phone book of the internet; see [my notes](notes/dns.md).");
    expect(useSavedDecksStore.getState().decks).toEqual([]);

    const title = within(review).getByRole("textbox", { name: "Deck title" });
    expect(title).toHaveValue("Interview notes");
    await user.clear(title);
    await user.type(title, "My notes");
    const basics = within(review).getByRole("textbox", { name: "Section 1 (2 questions)" });
    expect(basics).toHaveValue("Basics");
    expect(within(review).getByRole("textbox", { name: "Section 2 (1 question)" })).toHaveValue("Networking");
    await user.clear(basics);
    await user.type(basics, "Operating systems");
    await user.click(within(review).getByRole("button", { name: "Save deck" }));

    const notice = await within(importSection()).findByText("Saved “My notes” with 3 questions.");
    expect(notice.closest("[role='status']")).not.toBeNull();
    expect(within(importNotice()).getByRole("link", { name: "Practise My notes" })).toHaveAttribute("href", "/?decks=my-notes");
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Import a deck" })).toHaveFocus());

    const list = await within(savedSection()).findByRole("list", { name: "Your decks" });
    const card = within(list).getByRole("listitem");
    expect(within(card).getByRole("heading", { level: 3, name: "My notes" })).toBeInTheDocument();
    expect(card).toHaveTextContent("Yours");
    expect(card).toHaveTextContent("3 questions · 2 topics · 3 concept · 0 scenario");
    expect(card).toHaveTextContent(/From my-notes\.md · imported \w+/);
    expect(within(card).getByRole("link", { name: "Practise My notes" })).toHaveAttribute("href", "/?decks=my-notes");
    expect(within(card).getByRole("link", { name: "Browse My notes" })).toHaveAttribute("href", "/decks/my-notes");

    const saved = await getSavedDeck("my-notes");
    expect(saved?.title).toBe("My notes");
    expect(saved?.sections).toEqual(["Operating systems", "Networking"]);
    expect(saved?.questions.map((q) => [q.id, q.section])).toEqual([
      ["my-notes/q1", "Operating systems"],
      ["my-notes/q3", "Operating systems"],
      ["my-notes/q4", "Networking"],
    ]);
  });

  it("review lists the questions themselves (prompt, section, first lines of the answer) and searches them", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "my-notes.md", NOTES_MD);
    await findReviewHeading("my-notes.md");
    const questions = within(importSection()).getByRole("region", { name: "Questions" });
    const items = () => within(questions).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(within(questions).getByText("All 3 questions.")).toBeInTheDocument();
    expect(items()).toEqual([
      "Q1 What is a process?BasicsA running program with its own memory. Key Points: Own address space",
      "Q3 What is a thread?BasicsA path of execution inside a process.",
      "Q4 What is DNS?NetworkingThe phone book of the internet; see my notes.",
    ]);
    const search = within(questions).getByRole("searchbox", { name: "Search questions" });
    await user.type(search, "kernel process");
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toContain("What is a process?");
    expect(within(questions).getByText("1 question matches.")).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "quantum");
    expect(await within(questions).findByText("No question has those words. Clear the search to see them all.")).toBeInTheDocument();
  });

  it("imports a dropped file and, for a new version of a saved deck (same id and title), offers to replace it first", async () => {
    const { user } = await openLibrary();
    dropFiles([new File([NOTES_MD], "notes.md", { type: "text/markdown" })]);
    await findReviewHeading("notes.md");
    expect(screen.queryByRole("radio")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Interview notes” with 3 questions.");

    const changed = NOTES_MD.replace("A path of execution inside a process.", "The unit the scheduler runs.");
    dropFiles([new File([changed], "notes.md", { type: "" })]);
    await findReviewHeading("notes.md");
    const choice = screen.getByRole("group", { name: "You already have this deck" });
    expect(within(choice).getByRole("radio", { name: "Replace “Interview notes” (keeps your progress)" })).toBeChecked();
    expect(within(choice).getByRole("radio", { name: "Save as a separate deck" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Updated “Interview notes” with 3 questions.");
    expect(useSavedDecksStore.getState().decks.map((d) => d.meta.id)).toEqual(["notes"]);
    expect((await getSavedDeck("notes"))?.questions[1]?.answer).toContain("The unit the scheduler runs.");

    // Saved as a separate deck, the copy gets its own id.
    dropFiles([new File([changed], "notes.md", { type: "text/plain" })]);
    await findReviewHeading("notes.md");
    await user.click(screen.getByRole("radio", { name: "Save as a separate deck" }));
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Interview notes” with 3 questions.");
    await waitFor(() => expect(useSavedDecksStore.getState().decks.map((d) => d.meta.id).sort()).toEqual(["notes", "notes-2"]));
  });

  it("does not offer to replace a different deck that only shares its file name, nor another unnamed paste", async () => {
    await saveDeckDirectly(NOTES_MD, "notes.md");
    await saveDeckDirectly(NOTES_MD, "pasted-deck.md");
    const { user } = await openLibrary();

    // Another "notes.md" with another title: most likely another deck, so saving keeps both.
    const other = NOTES_MD.replace("# Interview notes", "# Shopping notes");
    dropFiles([new File([other], "notes.md", { type: "text/markdown" })]);
    await findReviewHeading("notes.md");
    const choice = screen.getByRole("group", { name: "You already have a deck with the id “notes”" });
    expect(choice).toHaveTextContent("The id comes from the file name.");
    expect(within(choice).getByRole("radio", { name: "Save as a separate deck" })).toBeChecked();
    expect(within(choice).getByRole("radio", { name: "Replace “Interview notes” (keeps your progress)" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Shopping notes” with 3 questions.");
    expect((await getSavedDeck("notes"))?.title).toBe("Interview notes");
    expect((await getSavedDeck("notes-2"))?.title).toBe("Shopping notes");

    // Every paste without a name is "pasted-deck": even with the same title it is not taken for the same deck.
    await pasteDeck(user, "", NOTES_MD);
    await findReviewHeading("pasted-deck.md");
    expect(screen.getByRole("radio", { name: "Save as a separate deck" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Interview notes” with 3 questions.");
    await waitFor(() =>
      expect(useSavedDecksStore.getState().decks.map((d) => d.meta.id).sort()).toEqual([
        "notes",
        "notes-2",
        "pasted-deck",
        "pasted-deck-2",
      ]),
    );
  });

  it("takes sections called constructor, toString or valueOf like any other", async () => {
    const { user } = await openLibrary();
    const odd = NOTES_MD.replace("## Basics", "## constructor").replace("## Networking", "## toString");
    await pasteDeck(user, "odd.md", odd);
    await findReviewHeading("odd.md");
    expect(screen.getByRole("textbox", { name: "Section 1 (2 questions)" })).toHaveValue("constructor");
    const second = screen.getByRole("textbox", { name: "Section 2 (1 question)" });
    expect(second).toHaveValue("toString");
    await user.clear(second);
    await user.type(second, "valueOf");
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText("Saved “Interview notes” with 3 questions.");
    const saved = await getSavedDeck("odd");
    expect(saved?.sections).toEqual(["constructor", "valueOf"]);
    expect(saved?.questions.map((q) => q.section)).toEqual(["constructor", "constructor", "valueOf"]);
  });

  it("takes a file dropped anywhere on the page, and keeps it out of a review in progress", async () => {
    const { user } = await openLibrary();
    const file = new File([NOTES_MD], "dropped.md", { type: "text/markdown" });
    const dataTransfer = { files: [file], types: ["Files"] };
    // fireEvent answers false when the default (the browser opening the file) was cancelled.
    expect(fireEvent.dragOver(window, { dataTransfer })).toBe(false);
    expect(fireEvent.drop(document.body, { dataTransfer })).toBe(false);
    await findReviewHeading("dropped.md");
    await user.type(screen.getByRole("textbox", { name: "Deck title" }), " (mine)");

    const late = new File([NOTES_MD], "late.md", { type: "text/markdown" });
    expect(fireEvent.drop(screen.getByRole("heading", { level: 1, name: "Decks" }), { dataTransfer: { files: [late], types: ["Files"] } })).toBe(false);
    expect(importNotice()).toHaveTextContent(
      "“late.md” was not imported: a review is open. Save or cancel that first, then drop the file again.",
    );
    expect(screen.getByRole("heading", { level: 3, name: "Review “dropped.md”" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Deck title" })).toHaveValue("Interview notes (mine)");

    // Dragging text (not files) is left to the browser.
    expect(fireEvent.dragOver(window, { dataTransfer: { files: [], types: ["text/plain"] } })).toBe(true);
  });

  it("says a deck with a bundled deck's id will be saved as a separate deck", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "aws-cloud.md", NOTES_MD);
    await findReviewHeading("aws-cloud.md");
    expect(screen.getByText(/A deck bundled with Rehearse already has the id “aws-cloud”, so this one will be saved as a separate deck/)).toBeInTheDocument();
    expect(screen.queryByRole("radio")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save deck" }));
    await within(importSection()).findByText(/^Saved “Interview notes”/);
    expect(useSavedDecksStore.getState().decks.map((d) => d.meta.id)).toEqual(["aws-cloud-2"]);
  });

  it("refuses a file over 5 MB and a file that is not text before compiling, saying why", async () => {
    await openLibrary();
    dropFiles([new File(["#".repeat(6 * 1024 * 1024)], "huge.md", { type: "text/markdown" })]);
    expect(importNotice()).toHaveTextContent(
      "“huge.md” is 6 MB; Rehearse imports decks of up to 5 MB. Split it into smaller files and import each one. Nothing was imported.",
    );
    expect(screen.queryByRole("heading", { name: /^Importing/ })).toBeNull();

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    dropFiles([new File([png], "photo.png", { type: "image/png" })]);
    expect(importNotice()).toHaveTextContent(/“photo\.png” is not a text file \(its type is image\/png\)\. .*Nothing was imported\./);

    // A text extension does not make binary content text: the bytes are looked at too.
    dropFiles([new File([new Uint8Array([35, 32, 72, 105, 0, 1, 2])], "disguised.md", { type: "text/markdown" })]);
    await waitFor(() => expect(importNotice()).toHaveTextContent(/“disguised\.md” is not a text file: it holds binary data/));
    expect(screen.queryByRole("heading", { name: /^Review/ })).toBeNull();
    expect(useSavedDecksStore.getState().decks).toEqual([]);
    expect(within(savedSection()).getByText(/You have not imported any decks yet/)).toBeInTheDocument();
  });

  it("shows a file with fatal problems (E001 from the compiler, an unclosed fence) and saves nothing from it", async () => {
    const { user } = await openLibrary();
    // No NUL byte, so the quick binary check passes; the compiler finds the byte that is not UTF-8 on line 3.
    const bytes = new Uint8Array([...new TextEncoder().encode("# Notes\n\nbad "), 0xff]);
    dropFiles([new File([bytes], "latin1.md", { type: "text/markdown" })]);
    const refused = await screen.findByRole("heading", { level: 3, name: "“latin1.md” can’t be imported" }, { timeout: 5000 });
    await waitFor(() => expect(refused).toHaveFocus());
    expect(importSection()).toHaveTextContent("Nothing was saved. Fix line 3 (E001) in the file as described below, then import it again.");
    expect(problemItems()[0]).toMatch(/^Line 3 Error E001 \(stops the import\)not a text file: line 3 holds bytes that are not UTF-8/);
    expect(screen.queryByRole("button", { name: "Save deck" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    await pasteDeck(user, "fence.md", "# Fence\n\n## Basics\n\n### Q1: Where does it end?\n\n**Answer:** Never:\n\n```bash\necho open\n");
    await screen.findByRole("heading", { level: 3, name: "“fence.md” can’t be imported" }, { timeout: 5000 });
    expect(importSection()).toHaveTextContent("Fix line 9 (E012)");
    expect(problemItems()[0]).toMatch(/^Line 9 Error E012 \(stops the import\)/);
    expect(problemItems()[0]).toContain("```bash");
    expect(screen.queryByRole("textbox", { name: "Deck title" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Save deck" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await within(importSection()).findByText("Import cancelled. Nothing was saved.")).toBeInTheDocument();
    expect(useSavedDecksStore.getState().decks).toEqual([]);
  });

  it("cancel on the review step saves nothing and returns focus to the import heading", async () => {
    const { user } = await openLibrary();
    await pasteDeck(user, "", NOTES_MD);
    await findReviewHeading("pasted-deck.md");
    await user.type(screen.getByRole("textbox", { name: "Deck title" }), " changed");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: "Import a deck" })).toHaveFocus());
    expect(importNotice()).toHaveTextContent("Import cancelled. Nothing was saved.");
    // The pasted text is still there to fix and try again.
    expect(screen.getByRole("textbox", { name: "Deck Markdown" })).toHaveValue(NOTES_MD);
    expect(useSavedDecksStore.getState().decks).toEqual([]);
    expect(await getSavedDeck("pasted-deck")).toBeUndefined();
    expect(within(savedSection()).getByText(/You have not imported any decks yet/)).toBeInTheDocument();
  });

  it("asks for text before importing an empty paste", async () => {
    const { user } = await openLibrary();
    await user.click(screen.getByRole("button", { name: "Import pasted text" }));
    expect(importNotice()).toHaveTextContent("Paste the Markdown of a deck into the box first.");
    expect(screen.queryByRole("heading", { name: /^Importing|^Review/ })).toBeNull();
  });
});
