import { useCallback, useEffect, useRef, useState } from "react";
import { withDeckId, withSectionTitles, withTitle } from "../../../deck/deck-edits.ts";
import type { Deck } from "../../../deck/deck-types.ts";
import type { DeckDialect } from "../../../deck/front-matter.ts";
import { deckIdStatus, saveImportedDeck, type SaveResult } from "../../../store/saved-decks-store.ts";
import { countLabel } from "../../../ui/count-label.ts";
import { startCompileJob, type CompileJob } from "./compile-job.ts";
import type { ImportCompilation } from "./compile-messages.ts";
import { checkImportContent, checkImportFile, checkPastedText, pastedFileName } from "./import-file-check.ts";

/** A saved deck that a file is a new version of (the "Re-import new version" action). */
export interface ImportTarget {
  id: string;
  title: string;
}

/** A compiled file waiting for the person to look it over. */
export interface ImportReview {
  fileName: string;
  compilation: ImportCompilation;
  /** The deck as it would be saved before any edits (under the target's id on a re-import); null when refused. */
  deck: Deck | null;
  dialect: DeckDialect | undefined;
  /** Whether the deck's id is taken, by a saved or a bundled deck. */
  idStatus: "free" | "saved" | "bundled";
  target: ImportTarget | null;
  /** Pasted with no file name typed (so named `pasted-deck.md`, an id any other such paste shares). */
  unnamedPaste: boolean;
}

export type ImportState =
  /** `returned`: back from another step (its heading then takes focus). */
  | { step: "choose"; returned: boolean }
  | { step: "compiling"; fileName: string; done: number; total: number }
  | { step: "review"; review: ImportReview; saving: boolean; saveError: string | null };

/** The outcome of the last import, said at the top of the import section. */
export interface ImportNotice {
  tone: "info" | "warning";
  text: string;
  /** Set once a deck is saved: the link to practise it. */
  saved?: { id: string; title: string };
}

/** What the person changed in the review step. */
export interface ReviewEdits {
  title: string;
  /** Original section title → new title. */
  sectionTitles: Record<string, string>;
  /** Overwrite the saved deck with the same id (keeping progress), rather than save beside it. */
  replace: boolean;
}

export interface PasteDraft {
  name: string;
  text: string;
}

const EMPTY_PASTE: PasteDraft = { name: "", text: "" };

/**
 * The import flow: a file or pasted text is checked, compiled in a worker (with progress, and
 * cancellable), reviewed, and saved only when the person says so. One import at a time: starting
 * another or cancelling stops the one under way, whose late answers are ignored.
 */
export function useDeckImport() {
  const [state, setState] = useState<ImportState>({ step: "choose", returned: false });
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [paste, setPaste] = useState<PasteDraft>(EMPTY_PASTE);
  const job = useRef<{ id: number; compile: CompileJob | null } | null>(null);
  const nextJobId = useRef(1);
  const fromPaste = useRef(false);

  const stopJob = useCallback(() => {
    job.current?.compile?.cancel();
    job.current = null;
  }, []);

  // Leaving the page stops a compile under way (the worker is terminated).
  useEffect(() => stopJob, [stopJob]);

  const refuse = useCallback((text: string) => {
    setNotice({ tone: "warning", text: `${text} Nothing was imported.` });
    setState((current) => (current.step === "choose" ? current : { step: "choose", returned: true }));
  }, []);

  /** Starts a job (stopping any other); returns a guard telling whether it is still the current one. */
  const beginJob = useCallback(
    (fileName: string) => {
      stopJob();
      const id = nextJobId.current++;
      job.current = { id, compile: null };
      setNotice(null);
      setState({ step: "compiling", fileName, done: 0, total: 0 });
      return () => job.current?.id === id;
    },
    [stopJob],
  );

  const compile = useCallback(
    (
      input: string | Uint8Array,
      fileName: string,
      target: ImportTarget | null,
      current: () => boolean,
      unnamedPaste = false,
    ) => {
      const compileJob = startCompileJob(input, fileName, (done, total) => {
        if (current()) setState((s) => (s.step === "compiling" ? { ...s, done, total } : s));
      });
      if (job.current) job.current.compile = compileJob;
      void compileJob.outcome.then((outcome) => {
        if (!current()) return;
        job.current = null;
        if (!outcome.ok) {
          refuse(outcome.error);
          return;
        }
        const { result } = outcome.value;
        const deck = result.deck && target ? withDeckId(result.deck, target.id) : result.deck;
        const review: ImportReview = {
          fileName,
          compilation: outcome.value,
          deck,
          dialect: result.dialect,
          idStatus: deck ? deckIdStatus(deck.id) : "free",
          target,
          unnamedPaste,
        };
        setState({ step: "review", review, saving: false, saveError: null });
      });
    },
    [refuse],
  );

  const importFile = useCallback(
    async (file: File, target: ImportTarget | null = null) => {
      const check = checkImportFile(file);
      if (!check.ok) {
        stopJob();
        refuse(check.error);
        return;
      }
      fromPaste.current = false;
      const current = beginJob(file.name);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        if (current()) refuse(`“${file.name}” could not be read.`);
        return;
      }
      if (!current()) return;
      const content = checkImportContent(file.name, bytes);
      if (!content.ok) {
        job.current = null;
        refuse(content.error);
        return;
      }
      compile(bytes, file.name, target, current);
    },
    [beginJob, compile, refuse, stopJob],
  );

  const importPaste = useCallback(() => {
    if (paste.text.trim() === "") {
      setNotice({ tone: "warning", text: "Paste the Markdown of a deck into the box first." });
      return;
    }
    const check = checkPastedText(paste.text);
    if (!check.ok) {
      refuse(check.error);
      return;
    }
    fromPaste.current = true;
    const fileName = pastedFileName(paste.name);
    const current = beginJob(fileName);
    compile(paste.text, fileName, null, current, paste.name.trim() === "");
  }, [beginJob, compile, paste, refuse]);

  /**
   * A file dropped somewhere on the page other than the drop zone: imported when nothing else is
   * under way; while a file is compiling or being reviewed, it is left alone (with a word why), so
   * that work is not lost.
   */
  const importDropped = useCallback(
    (file: File) => {
      if (state.step === "choose") {
        void importFile(file);
        return;
      }
      const what = state.step === "review" ? "a review is open" : "another file is being imported";
      setNotice({
        tone: "warning",
        text: `“${file.name}” was not imported: ${what}. Save or cancel that first, then drop the file again.`,
      });
    },
    [importFile, state.step],
  );

  const cancel = useCallback(() => {
    stopJob();
    setNotice({ tone: "info", text: "Import cancelled. Nothing was saved." });
    setState({ step: "choose", returned: true });
  }, [stopJob]);

  const save = useCallback(
    async (edits: ReviewEdits) => {
      if (state.step !== "review" || state.saving) return;
      const { review } = state;
      if (!review.deck) return;
      setState({ ...state, saving: true, saveError: null });
      let saved: SaveResult;
      try {
        const deck = withSectionTitles(withTitle(review.deck, edits.title), edits.sectionTitles);
        saved = await saveImportedDeck(deck, {
          fileName: review.fileName,
          dialect: review.dialect ?? "canonical",
          replace: edits.replace && review.idStatus === "saved",
        });
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` (${error.message})` : "";
        setState({
          ...state,
          saving: false,
          saveError: `something went wrong while saving${reason}. Try again; if it keeps failing, reload the page.`,
        });
        return;
      }
      if (!saved.ok) {
        setState({ ...state, saving: false, saveError: saved.error });
        return;
      }
      const { id, title, questions } = saved.value.deck;
      setNotice({
        tone: "info",
        text: `${saved.value.replaced ? "Updated" : "Saved"} “${title}” with ${countLabel(questions.length, "question")}.`,
        saved: { id, title },
      });
      if (fromPaste.current) setPaste(EMPTY_PASTE);
      setState({ step: "choose", returned: true });
    },
    [state],
  );

  return { state, notice, paste, setPaste, importFile, importDropped, importPaste, cancel, save };
}

export type DeckImport = ReturnType<typeof useDeckImport>;
