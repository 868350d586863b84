import type { Heading, RootContent } from "mdast";
import type { CompileMode } from "../deck-types.ts";
import type { DetailsElement } from "../details-scan.ts";
import type { DeckDialect } from "../front-matter.ts";
import type { NoiseKind } from "../noise.ts";
import type { RawProblem } from "../problem-codes.ts";
import type { SourceRange } from "../source-slice.ts";

/** A parsed deck file as every recogniser sees it. */
export interface DeckTree {
  /** The Markdown the tree was parsed from (LF endings; offsets index into it). */
  text: string;
  /** Top-level blocks of the document, in order. */
  blocks: readonly RootContent[];
  /** Blocks that are deck metadata (a trailing **Last Updated:**), never part of an answer. */
  metadata: ReadonlySet<RootContent>;
  /** The deck's title heading: the first `#` heading that is not noise. */
  title: Heading | undefined;
  /**
   * Import mode: blocks that are never a question nor answer text (tables of contents, back-to-top
   * links, badges, HTML comments, `<br>` lines, MDX imports and JSX tags). Recognisers keep them
   * in a question's `blocks` (an `<!-- id: … -->` comment names the question) but never read them.
   * Empty in strict mode.
   */
  noise: ReadonlyMap<RootContent, NoiseKind>;
  /** Source ranges left out of answer text, sorted and apart: noise blocks and noise inside paragraphs. */
  cuts: readonly SourceRange[];
  /** Import mode: the outermost top-level `<details>` elements, in file order (empty in strict mode). */
  details: readonly DetailsElement[];
  /** The details element that opens in each HTML block (the first one when a block opens several). */
  detailsByNode: ReadonlyMap<RootContent, DetailsElement>;
}

/** A section (topic) heading. */
export interface SectionRef {
  title: string;
  line: number;
  /** The headings of the sections it lies in, outermost first, its own last (for nested names). */
  trail?: readonly { depth: number; title: string }[];
}

/** A question as a dialect found it, before ids, kinds and key points are settled. */
export interface QuestionCandidate {
  /** The block that holds the question's text: a heading, a paragraph, an HTML block. */
  promptNode: RootContent;
  /** 1-based line of the question's text. */
  line: number;
  /** `Q`/`S` and the number when the question carries a canonical number such as `Q12:`. */
  prefix?: "Q" | "S";
  number?: number;
  /** The file's own number when it numbers questions without a `Q` (`110.`): used for the label only. */
  fileNumber?: number;
  prompt: string;
  /** Markdown under the question's text, when the question is more than one paragraph (see `Question.promptDetail`). */
  promptDetail?: string;
  /** The enclosing section, or null when the question comes before any. */
  section: SectionRef | null;
  /** Markdown source of the answer, or null when the question has no answer at all. */
  answer: string | null;
  /** Line a person edits to fix the answer: the answer marker's, else the question's. */
  answerLine: number;
  /** Blocks of the answer (for key points). */
  answerBlocks: RootContent[];
  /** Markdown to parse for key points instead of `answerBlocks` (an answer unwrapped from one HTML block). */
  keyPointsSource?: string;
  /**
   * Every block of the question in file order, its prompt's included (for ids, links and the lines
   * it covers). Top-level blocks, or the blocks of a list item for list-heading questions.
   */
  blocks: RootContent[];
}

/** What one dialect made of a file. */
export interface Recognition {
  dialect: DeckDialect;
  questions: QuestionCandidate[];
  problems: RawProblem[];
  /**
   * Headings the dialect read as neither a question nor a topic and skipped with the text under
   * them (the heading dialect's `### Promises vs callbacks` among questions); the import report
   * names them with the other text that is part of no question.
   */
  passedOver?: RootContent[];
}

/**
 * A dialect of question files. Import mode runs every recogniser over the same tree and keeps the
 * one that finds most questions; strict mode uses only the canonical one. Each recogniser reads
 * the tree once, front to back (no rescans per question), so a large file stays fast.
 */
export interface Recognizer {
  dialect: DeckDialect;
  recognize(tree: DeckTree, mode: CompileMode): Recognition;
}
