import type { Heading, RootContent } from "mdast";
import type { CompileMode } from "../deck-types.ts";
import type { DeckDialect } from "../front-matter.ts";
import type { RawProblem } from "../problem-codes.ts";

/** A parsed deck file as every recogniser sees it. */
export interface DeckTree {
  /** The Markdown the tree was parsed from (LF endings; offsets index into it). */
  text: string;
  /** Top-level blocks of the document, in order. */
  blocks: readonly RootContent[];
  /** Blocks that are deck metadata (a trailing **Last Updated:**), never part of an answer. */
  metadata: ReadonlySet<RootContent>;
}

/** A section (topic) heading. */
export interface SectionRef {
  title: string;
  line: number;
}

/** A question as a dialect found it, before ids, kinds and key points are settled. */
export interface QuestionCandidate {
  heading: Heading;
  /** 1-based line of the question heading. */
  line: number;
  /** `Q`/`S` and the number when the heading carries a canonical number such as `Q12:`. */
  prefix?: "Q" | "S";
  number?: number;
  prompt: string;
  /** The enclosing section, or null when the question comes before any. */
  section: SectionRef | null;
  /** Markdown source of the answer, or null when the question has no answer at all. */
  answer: string | null;
  /** Line a person edits to fix the answer: the answer marker's, else the heading's. */
  answerLine: number;
  /** Top-level blocks of the answer (for key points). */
  answerBlocks: RootContent[];
  /** Every top-level block of the question, heading included (for ids and links). */
  blocks: RootContent[];
}

/** What one dialect made of a file. */
export interface Recognition {
  dialect: DeckDialect;
  questions: QuestionCandidate[];
  problems: RawProblem[];
}

/**
 * A dialect of question files. Import mode runs every recogniser over the same tree and keeps the
 * one that finds most questions; strict mode uses only the canonical one.
 */
export interface Recognizer {
  dialect: DeckDialect;
  recognize(tree: DeckTree, mode: CompileMode): Recognition;
}
