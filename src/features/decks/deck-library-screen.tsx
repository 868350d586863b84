import { useEffect } from "react";
import { useDeckSummaries } from "../../store/deck-repository.ts";
import { loadSavedDecks, useSavedDecksStore } from "../../store/saved-decks-store.ts";
import { DocumentTitle } from "../../ui/document-title.tsx";
import { BundledDeckList } from "./bundled-deck-list.tsx";
import { ImportSection } from "./import/import-section.tsx";
import { useDeckImport } from "./import/use-deck-import.ts";
import { SavedDeckList } from "./saved-deck-list.tsx";
import "./decks.css";

/**
 * `/decks`: import a deck (file, drop or paste, reviewed before saving), the person's own decks
 * with what can be done to them, and the decks bundled with Rehearse.
 */
export function DeckLibraryScreen() {
  const importer = useDeckImport();
  const { decks } = useDeckSummaries();
  const bundled = decks.filter((deck) => deck.origin === "bundled");
  const status = useSavedDecksStore((s) => s.status);
  useEffect(() => {
    if (status === "idle") void loadSavedDecks();
  }, [status]);

  return (
    <div className="page decks-page">
      <DocumentTitle>Decks</DocumentTitle>
      <h1>Decks</h1>
      <p className="lead">
        A deck is a Markdown file of questions and model answers. Practise the decks that come with Rehearse, or import
        your own notes.
      </p>
      <ImportSection importer={importer} />
      <SavedDeckList onReimport={(file, target) => void importer.importFile(file, target)} />
      <BundledDeckList decks={bundled} />
    </div>
  );
}
