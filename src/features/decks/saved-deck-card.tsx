import { useId, useRef } from "react";
import { Link } from "@tanstack/react-router";
import type { DeckSummary } from "../../deck/deck-types.ts";
import type { SavedDeckMeta } from "../../store/saved-decks-store.ts";
import { countLabel } from "../../ui/count-label.ts";
import { IMPORT_ACCEPT } from "./import/import-file-check.ts";

export interface SavedDeckCardProps {
  summary: DeckSummary;
  meta: SavedDeckMeta;
  onRename: () => void;
  onExport: () => void;
  /** A new version of this deck was chosen. */
  onReimport: (file: File) => void;
  onDelete: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

function DateText({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{dateFormat.format(at)}</time>;
}

/** One of the person's own decks: what it holds, where it came from, and what can be done with it. */
export function SavedDeckCard({ summary, meta, onRename, onExport, onReimport, onDelete }: SavedDeckCardProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { title } = summary;
  // Each button's name says which deck it acts on; the visible label stays short.
  const which = (
    <>
      {" "}
      <span className="visually-hidden">{title}</span>
    </>
  );
  return (
    <li className="card deck-card">
      <h3 id={`${id}-title`} className="deck-card__title">
        {title}
      </h3>
      <p className="deck-card__badges">
        <span className="badge">Yours</span>
      </p>
      {summary.description ? <p>{summary.description}</p> : null}
      <p className="meta">
        {countLabel(summary.questionCount, "question")} · {countLabel(summary.sections.length, "topic")} ·{" "}
        {summary.kinds.concept} concept · {summary.kinds.scenario} scenario
      </p>
      <p className="meta">
        From <span className="deck-card__file">{meta.fileName}</span> · imported <DateText at={meta.importedAt} />
        {meta.updatedAt > meta.importedAt ? (
          <>
            {" "}
            · updated <DateText at={meta.updatedAt} />
          </>
        ) : null}
      </p>
      <div className="deck-card__actions">
        <Link to="/" search={{ decks: meta.id }} className="button">
          Practise{which}
        </Link>
        <Link to="/decks/$deckId" params={{ deckId: meta.id }} className="button button--secondary">
          Browse{which}
        </Link>
        <button type="button" className="button button--secondary" onClick={onRename}>
          Rename{which}
        </button>
        <button type="button" className="button button--secondary" onClick={onExport}>
          Export Markdown{which}
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Re-import new version{which}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          aria-label={`New version of ${title}`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) onReimport(file);
          }}
        />
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete{which}
        </button>
      </div>
    </li>
  );
}
