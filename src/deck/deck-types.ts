import type { DeckDialect } from "./front-matter.ts";
/** What a question asks for: explaining a concept, or working through a scenario. */
export type QuestionKind = "concept" | "scenario";

/** How strictly a file is read: bundled decks are strict, a person's own file is best effort. */
export type CompileMode = "strict" | "import";

/** One question of a deck, as compiled from its Markdown source. */
export interface Question {
  /** `<deck-id>/<local-id>`; stable across edits elsewhere in the file. */
  id: string;
  deckId: string;
  /** "Q1", "S3" from the canonical number, or a generated "#7" when the file has none. */
  label: string;
  kind: QuestionKind;
  /** Title of the section (topic) the question sits in. */
  section: string;
  /** The question as plain text (inline Markdown markers removed): its first paragraph when it has more. */
  prompt: string;
  /**
   * Markdown of the rest of a question that is more than one paragraph (the options as a list, a
   * policy as a code block, an image), shown under the prompt. Absent for a one-line question.
   */
  promptDetail?: string;
  /** Markdown source of the answer, exactly as written in the file (minus the marker). */
  answer: string;
  /** The self-grading rubric: plain-text list items under bold labels such as **Key Points:**. */
  keyPoints: string[];
  /** Short hash of prompt + answer, so the app can tell an answer changed since it was practised. */
  hash: string;
  /** 1-based line of the question heading in the original file. */
  line: number;
}

/** A compiled deck. */
export interface Deck {
  /** Front matter `id`, else the file stem. */
  id: string;
  title: string;
  description?: string;
  tags: string[];
  /** The file it came from, as named to the compiler (e.g. `content/aws-cloud.md`). */
  sourcePath: string;
  /** Section titles that hold at least one question, in file order. */
  sections: string[];
  questions: Question[];
  /** Value of a trailing `**Last Updated:**` line, if any. */
  lastUpdated?: string;
}

export type ProblemSeverity = "error" | "warning";

/** A problem found in a deck file, located where a person would go to fix it. */
export interface DeckProblem {
  file: string;
  /** 1-based line in the original file. */
  line: number;
  severity: ProblemSeverity;
  /** E001…E050, W0xx, as listed in DECK-FORMAT.md. */
  code: string;
  message: string;
  /** In import mode: this problem refuses the whole file. */
  fatal?: boolean;
}

export interface CompileOptions {
  /** File name used in problems and to derive the deck id (its stem). */
  file: string;
  mode: CompileMode;
  /**
   * Called as parsing goes, with characters parsed so far and the total (for a progress bar when
   * a large file is imported): after each piece of a large file, and once with (total, total) when
   * parsing is done, whatever the size. Parsing is most of the work; what follows is quick.
   */
  onProgress?: (done: number, total: number) => void;
}

export interface CompileResult {
  /** The deck, or null when the file is refused (any error in strict mode, a fatal one in import mode). */
  deck: Deck | null;
  problems: DeckProblem[];
  /** The dialect the questions were read in (import mode picks one per file); absent when refused before reading. */
  dialect?: DeckDialect;
}

/** Per-section counts, enough for the setup screen without loading question bodies. */
export interface SectionSummary {
  title: string;
  count: number;
  concept: number;
  scenario: number;
}

/** What the first bundle knows about a deck: no question bodies. */
export interface DeckSummary {
  id: string;
  title: string;
  description?: string;
  questionCount: number;
  sections: SectionSummary[];
  kinds: Record<QuestionKind, number>;
}
