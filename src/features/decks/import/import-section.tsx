import { useEffect, useRef } from "react";
import { Link } from "@tanstack/react-router";
import { ImportPanel } from "./import-panel.tsx";
import { ImportProgress } from "./import-progress.tsx";
import { ImportReview } from "./import-review.tsx";
import type { DeckImport } from "./use-deck-import.ts";
import { useWindowFileDrop } from "./use-window-file-drop.ts";

export interface ImportSectionProps {
  importer: DeckImport;
}

/**
 * The import, one step at a time in one place on the page: choose (file, drop or paste), compile
 * (progress, Cancel), review (Save or Cancel). Each step's heading takes focus as the step opens;
 * back at the start (saved, cancelled or refused), the section's heading does. The outcome of the
 * last import is said in a live region that is always there, so it is announced when it changes.
 */
export function ImportSection({ importer }: ImportSectionProps) {
  const { state, notice } = importer;
  const heading = useRef<HTMLHeadingElement>(null);
  // A file dropped anywhere on /decks is imported (or kept out of a review in progress), never opened.
  useWindowFileDrop(importer.importDropped);
  useEffect(() => {
    if (state.step === "choose" && state.returned) heading.current?.focus();
  }, [state]);

  return (
    <section className="import-section" aria-labelledby="import-title">
      <h2 id="import-title" ref={heading} tabIndex={-1}>
        Import a deck
      </h2>
      <div role="status" className="import-notices">
        {notice ? (
          <div className={`notice notice--${notice.tone}`}>
            <p>{notice.text}</p>
            {notice.saved ? (
              <Link to="/" search={{ decks: notice.saved.id }} className="button">
                Practise {notice.saved.title}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      {state.step === "choose" ? (
        <ImportPanel
          paste={importer.paste}
          onPasteChange={importer.setPaste}
          onFile={(file) => void importer.importFile(file)}
          onPasteImport={importer.importPaste}
        />
      ) : null}
      {state.step === "compiling" ? (
        <ImportProgress fileName={state.fileName} done={state.done} total={state.total} onCancel={importer.cancel} />
      ) : null}
      {state.step === "review" ? (
        <ImportReview
          review={state.review}
          saving={state.saving}
          saveError={state.saveError}
          onSave={(edits) => void importer.save(edits)}
          onCancel={importer.cancel}
        />
      ) : null}
    </section>
  );
}
