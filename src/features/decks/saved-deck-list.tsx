import { useRef, useState } from "react";
import { deleteSavedDeck, renameSavedDeck, useSavedDecksStore } from "../../store/saved-decks-store.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { exportDeckMarkdown } from "./export-deck.ts";
import { RenameDeckDialog } from "./rename-deck-dialog.tsx";
import { SavedDeckCard } from "./saved-deck-card.tsx";
import type { ImportTarget } from "./import/use-deck-import.ts";

export interface SavedDeckListProps {
  /** A new version of a saved deck was chosen: import it over that deck. */
  onReimport: (file: File, target: ImportTarget) => void;
}

type Status = { tone: "info" | "warning"; text: string } | null;

/** "Your decks": the decks imported into this browser, with rename, export, re-import and delete. */
export function SavedDeckList({ onReimport }: SavedDeckListProps) {
  const status = useSavedDecksStore((s) => s.status);
  const decks = useSavedDecksStore((s) => s.decks);
  const problem = useSavedDecksStore((s) => s.problem);
  const heading = useRef<HTMLHeadingElement>(null);
  const [renaming, setRenaming] = useState<ImportTarget | null>(null);
  const [deleting, setDeleting] = useState<ImportTarget | null>(null);
  const [message, setMessage] = useState<Status>(null);

  const rename = async (id: string, title: string): Promise<string | null> => {
    const result = await renameSavedDeck(id, title);
    if (!result.ok) return result.error;
    setRenaming(null);
    setMessage({ tone: "info", text: `Renamed to “${title}”.` });
    return null;
  };

  const remove = async (target: ImportTarget) => {
    setDeleting(null);
    const result = await deleteSavedDeck(target.id);
    if (!result.ok) {
      setMessage({ tone: "warning", text: `“${target.title}” was not deleted: ${result.error}` });
      return;
    }
    setMessage({ tone: "info", text: `Deleted “${target.title}”. Your history of its sessions stays.` });
    // The card and its Delete button are gone: focus goes to the list's heading, not to the page's start.
    heading.current?.focus();
  };

  const exportDeck = async (target: ImportTarget) => {
    try {
      const failed = await exportDeckMarkdown(target.id);
      setMessage(
        failed
          ? { tone: "warning", text: `“${target.title}” was not exported: ${failed}` }
          : { tone: "info", text: `Exported “${target.title}” as ${target.id}.md.` },
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ tone: "warning", text: `“${target.title}” was not exported (${detail}).` });
    }
  };

  return (
    <section className="saved-decks" aria-labelledby="saved-decks-title">
      <h2 id="saved-decks-title" ref={heading} tabIndex={-1}>
        Your decks
      </h2>
      <div role="status" className="import-notices">
        {message ? (
          <div className={`notice notice--${message.tone}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
      {status === "unavailable" ? (
        <div className="notice notice--warning">
          <p>
            Your decks can’t be shown or saved: {problem ?? "this browser does not let Rehearse keep data here"}. A private
            window or blocked site data can cause this. The bundled decks below still work.
          </p>
        </div>
      ) : status !== "ready" ? (
        <p className="pending">Loading your decks…</p>
      ) : (
        <>
          {problem ? (
            <div className="notice notice--warning">
              <p>{problem}</p>
            </div>
          ) : null}
          {decks.length === 0 ? (
            <p>
              You have not imported any decks yet. Choose a Markdown file above, drop one on the box, or paste its text:
              Rehearse shows what it found, and you decide whether to save it.
            </p>
          ) : (
            <ul className="card-list" aria-label="Your decks">
              {decks.map(({ summary, meta }) => {
                const target = { id: meta.id, title: summary.title };
                return (
                  <SavedDeckCard
                    key={meta.id}
                    summary={summary}
                    meta={meta}
                    onRename={() => setRenaming(target)}
                    onExport={() => void exportDeck(target)}
                    onReimport={(file) => onReimport(file, target)}
                    onDelete={() => setDeleting(target)}
                  />
                );
              })}
            </ul>
          )}
        </>
      )}
      {renaming ? (
        <RenameDeckDialog
          currentTitle={renaming.title}
          onRename={(title) => rename(renaming.id, title)}
          onClose={() => setRenaming(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.title}”?`}
          message="The deck and its questions are removed from this browser. Your history of sessions with it stays readable, and you can import the file again later."
          confirmLabel="Delete deck"
          cancelLabel="Keep deck"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
