import type { Heading, RootContent } from "mdast";
import { boldLabelOf } from "./answer-marker.ts";
import { buildQuestions, checkNumbering, checkSectionTitles } from "./build-questions.ts";
import type { CompileOptions, CompileResult, Deck } from "./deck-types.ts";
import { scanDetails, type DetailsElement } from "./details-scan.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";
import { reportMixedDialects, reportNoise, reportUnread } from "./import-report.ts";
import { findNoise, type NoiseAnalysis } from "./noise.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { plainText } from "./plain-text.ts";
import { finalizeProblems, refusesDeck, type RawProblem } from "./problem-codes.ts";
import { readSource } from "./read-source.ts";
import { boldMarkerRecognizer } from "./recognizers/bold-marker-recognizer.ts";
import { canonicalRecognizer } from "./recognizers/canonical-recognizer.ts";
import { detailsRecognizer } from "./recognizers/details-recognizer.ts";
import { headingRecognizer } from "./recognizers/heading-recognizer.ts";
import { listHeadingRecognizer } from "./recognizers/list-heading-recognizer.ts";
import type { DeckTree, Recognition, Recognizer } from "./recognizers/recognizer-types.ts";
import { revealRecognizer } from "./recognizers/reveal-recognizer.ts";
import { slugify } from "./slug.ts";
import { checkStructure } from "./structure-checks.ts";

/**
 * Every dialect import mode tries, in the order that breaks ties: the canonical one first, then
 * the more particular shapes before the general heading one (a file of headings each followed by
 * `<details><summary>Answer</summary>` reads as reveal).
 */
const RECOGNIZERS: readonly Recognizer[] = [
  canonicalRecognizer,
  revealRecognizer,
  detailsRecognizer,
  listHeadingRecognizer,
  boldMarkerRecognizer,
  headingRecognizer,
];

/** The file name without folders and extension: `content/aws-cloud.md` → `aws-cloud`. */
function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, "") || base;
}

/** A trailing `**Last Updated:** date` paragraph: deck metadata, not part of the last answer. */
function findLastUpdated(blocks: readonly RootContent[]): { block: RootContent; value: string } | null {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i] as RootContent;
    if (block.type === "html") continue;
    const label = boldLabelOf(block);
    if (!label || !/^last updated$/i.test(label.label)) return null;
    const value = plainText(label.rest);
    return value ? { block, value } : null;
  }
  return null;
}

/** The dialect that reads the file (strict: canonical; import: forced by `format:`, else the one finding most questions) and the others tried. */
function recognize(tree: DeckTree, options: CompileOptions, frontMatter: FrontMatter): { chosen: Recognition; others: Recognition[] } {
  if (options.mode === "strict") return { chosen: canonicalRecognizer.recognize(tree, "strict"), others: [] };
  const forced = RECOGNIZERS.find((r) => r.dialect === frontMatter.format);
  if (forced) return { chosen: forced.recognize(tree, "import"), others: [] };
  const all = RECOGNIZERS.map((recognizer) => recognizer.recognize(tree, "import"));
  let chosen = all[0] as Recognition;
  for (const found of all) if (found.questions.length > chosen.questions.length) chosen = found;
  return { chosen, others: all.filter((found) => found !== chosen) };
}

const NO_NOISE: NoiseAnalysis = { noise: new Map(), cuts: [] };

/** The tree every recogniser reads; import mode adds the noise and `<details>` elements. */
function deckTree(blocks: readonly RootContent[], text: string, metadata: ReadonlySet<RootContent>, imported: boolean): DeckTree {
  const { noise, cuts } = imported ? findNoise(blocks, text) : NO_NOISE;
  const details: DetailsElement[] = imported ? scanDetails(blocks, text) : [];
  const detailsByNode = new Map<RootContent, DetailsElement>();
  for (const element of details) {
    const block = blocks[element.openIndex] as RootContent;
    if (!detailsByNode.has(block)) detailsByNode.set(block, element);
  }
  const title = blocks.find((b): b is Heading => b.type === "heading" && b.depth === 1 && !noise.has(b));
  return { text, blocks, metadata, title, noise, cuts, details, detailsByNode };
}

function compile(input: string | Uint8Array, options: CompileOptions): CompileResult {
  const { file, mode } = options;
  const refused = (problem: RawProblem): CompileResult => ({ deck: null, problems: finalizeProblems([problem], file, mode) });

  const read = readSource(input);
  if (!read.ok) return refused(read.error);
  const { text } = read.value;
  const problems: RawProblem[] = [];
  let frontMatter: FrontMatter = { tags: [] };
  if (read.value.frontMatter) {
    const parsed = parseFrontMatter(read.value.frontMatter.yaml, read.value.frontMatter.firstLine);
    if (!parsed.ok) return refused(parsed.error);
    frontMatter = parsed.value.frontMatter;
    problems.push(...parsed.value.warnings);
  }

  const root = parseMarkdown(text, undefined, options.onProgress);
  problems.push(...checkStructure(root, text));
  const lastUpdated = findLastUpdated(root.children);
  const metadata = new Set(lastUpdated ? [lastUpdated.block] : []);
  const tree = deckTree(root.children, text, metadata, mode === "import");
  const { chosen: recognition, others } = recognize(tree, options, frontMatter);
  problems.push(...recognition.problems);
  if (mode === "import") {
    problems.push(...reportMixedDialects(recognition, others), ...reportNoise(tree), ...reportUnread(tree, recognition, others));
  } else {
    // Strict mode too says when text is in no question (after an answer's closing rule, say).
    problems.push(...reportUnread(tree, recognition, []));
  }

  const stem = fileStem(file);
  const deckId = slugify(frontMatter.id ?? stem) || "deck";
  const title = (tree.title && plainText(tree.title)) || frontMatter.title || stem;

  checkNumbering(recognition.questions, problems);
  checkSectionTitles(recognition.questions, problems);
  const questions = buildQuestions(text, deckId, title, recognition.questions, frontMatter, problems);
  if (recognition.questions.length === 0) {
    problems.push({
      code: "E050",
      line: 1,
      message:
        mode === "strict"
          ? "no questions found: write each question as a heading such as `### Q1: What is …?` followed by a line `**Answer:**` and the answer"
          : "no questions found: write each question as a heading such as `### What is …?` with its answer below, " +
            "as `**Q:** …` and `**A:** …` lines, or as `<details><summary>What is …?</summary> answer </details>`",
    });
  }

  const finalized = finalizeProblems(problems, file, mode);
  const dialect = recognition.dialect;
  if (refusesDeck(finalized, mode)) return { deck: null, problems: finalized, dialect };
  const sections = [...new Set(questions.map((q) => q.section))];
  const deck: Deck = { id: deckId, title, tags: frontMatter.tags, sourcePath: file, sections, questions };
  if (frontMatter.description) deck.description = frontMatter.description;
  if (lastUpdated) deck.lastUpdated = lastUpdated.value;
  return { deck, problems: finalized, dialect };
}

/**
 * Compiles a deck file (bytes or text) into a `Deck` and the problems found on the way, each at
 * the line a person would fix. Strict mode refuses the deck on any error; import mode only on a
 * fatal one. Never throws: whatever goes wrong becomes a problem.
 */
export function compileDeck(input: string | Uint8Array, options: CompileOptions): CompileResult {
  try {
    return compile(input, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      deck: null,
      problems: finalizeProblems(
        [{ code: "E000", line: 1, message: `the deck compiler failed on this file (${detail}); please report it with the file attached` }],
        options.file,
        options.mode,
      ),
    };
  }
}
