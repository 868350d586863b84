import { useId, useMemo, useState, type FormEvent } from "react";
import type { DeckProblem } from "../../../deck/deck-types.ts";
import { summarizeDeck } from "../../../deck/summarize-deck.ts";
import { useSavedDecksStore } from "../../../store/saved-decks-store.ts";
import { countLabel } from "../../../ui/count-label.ts";
import { useFocusOnMount } from "../use-focus-on-mount.ts";
import { DIALECT_NAMES } from "./dialect-names.ts";
import { ImportQuestionList } from "./import-question-list.tsx";
import { ProblemList } from "./problem-list.tsx";
import { ReplaceChoice } from "./replace-choice.tsx";
import { SectionNamesFieldset } from "./section-names-fieldset.tsx";
import type { ImportReview as Review, ReviewEdits } from "./use-deck-import.ts";

export interface ImportReviewProps {
  review: Review;
  saving: boolean;
  saveError: string | null;
  onSave: (edits: ReviewEdits) => void;
  onCancel: () => void;
}

/** "Fix line 3 (E012) and line 9 (E002) in the file": where to go for each fatal problem. */
function whatToFix(problems: readonly DeckProblem[]): string {
  const fatal = problems.filter((p) => p.fatal || p.severity === "error");
  const places = fatal.map((p) => `line ${p.line} (${p.code})`);
  if (places.length === 0) return "Check the file and import it again.";
  const list = places.length === 1 ? places[0] : `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
  return `Fix ${list} in the file as described below, then import it again.`;
}

/**
 * The step between compiling and saving: what was found (format, sections with counts, every
 * problem with its line), the deck's name and section names to change, and Save or Cancel. A
 * refused file shows its problems and what to fix; nothing can be saved from it.
 */
export function ImportReview({ review, saving, saveError, onSave, onCancel }: ImportReviewProps) {
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { deck, compilation, dialect, fileName, idStatus, target, unnamedPaste } = review;
  const savedTitle = useSavedDecksStore((s) => s.decks.find((d) => d.meta.id === deck?.id)?.summary.title);
  const summary = useMemo(() => (deck ? summarizeDeck(deck) : null), [deck]);
  const [title, setTitle] = useState(() => target?.title ?? deck?.title ?? "");
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Ids come from file names, so a taken id alone does not make this the same deck (two `notes.md`,
  // two unnamed pastes). Replace is offered first only for "Re-import new version" or a same title.
  const sameDeck = idStatus === "saved" && (target !== null || (!unnamedPaste && savedTitle === deck?.title));
  const [replace, setReplace] = useState(sameDeck);
  const { problems } = compilation.result;

  const facts = (
    <dl className="import-facts">
      <dt>File</dt>
      <dd>{fileName}</dd>
      <dt>Format</dt>
      <dd>
        {dialect ? (
          <>
            {DIALECT_NAMES[dialect]} <span className="meta">({dialect})</span>
          </>
        ) : (
          "Not recognised"
        )}
      </dd>
      {summary ? (
        <>
          <dt>Questions</dt>
          <dd>
            {countLabel(summary.questionCount, "question")} in {countLabel(summary.sections.length, "section")} (
            {summary.kinds.concept} concept, {summary.kinds.scenario} scenario)
          </dd>
        </>
      ) : null}
    </dl>
  );

  if (!deck || !summary) {
    return (
      <section className="import-review" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          “{fileName}” can’t be imported
        </h3>
        <p className="notice notice--warning">
          Nothing was saved. {whatToFix(problems)}
        </p>
        {facts}
        <ProblemList problems={problems} lineTexts={compilation.lineTexts} headingId={`${id}-problems`} />
        <p className="actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // No prototype: a section called `constructor` or `toString` must not find Object's own.
    const sectionTitles: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(names));
    onSave({ title, sectionTitles, replace });
  };

  return (
    <section className="import-review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Review “{fileName}”
      </h3>
      <p>Look it over before saving: nothing is saved until you choose Save deck.</p>
      {facts}
      <ProblemList problems={problems} lineTexts={compilation.lineTexts} headingId={`${id}-problems`} />
      <ImportQuestionList questions={deck.questions} />
      <form className="import-form" aria-labelledby={`${id}-form`} onSubmit={submit}>
        <h4 id={`${id}-form`}>Names</h4>
        <label htmlFor={`${id}-deck-title`} className="field-label">
          Deck title
        </label>
        <input
          id={`${id}-deck-title`}
          className="text-input"
          type="text"
          value={title}
          autoComplete="off"
          aria-describedby={`${id}-title-hint`}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <p id={`${id}-title-hint`} className="meta">
          Left blank, the deck keeps the title “{deck.title}”.
        </p>
        <SectionNamesFieldset
          sections={summary.sections}
          names={names}
          onChange={(original, name) => setNames((current) => new Map(current).set(original, name))}
        />
        {idStatus === "free" ? null : (
          <ReplaceChoice
            idStatus={idStatus}
            deckId={deck.id}
            savedTitle={savedTitle ?? deck.id}
            sameDeck={sameDeck}
            replace={replace}
            onChange={setReplace}
          />
        )}
        {saveError ? (
          <p className="notice notice--warning" role="alert">
            The deck was not saved: {saveError}
          </p>
        ) : null}
        <p className="actions">
          <button type="submit" className="button" disabled={saving}>
            {saving ? "Saving…" : "Save deck"}
          </button>
          <button type="button" className="button button--secondary" disabled={saving} onClick={onCancel}>
            Cancel
          </button>
        </p>
      </form>
    </section>
  );
}
