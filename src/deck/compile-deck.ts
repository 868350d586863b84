import type { RootContent } from "mdast";
import { boldLabelOf } from "./answer-marker.ts";
import { buildQuestions, checkNumbering, checkSectionTitles } from "./build-questions.ts";
import type { CompileOptions, CompileResult, Deck } from "./deck-types.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { plainText } from "./plain-text.ts";
import { finalizeProblems, refusesDeck, type RawProblem } from "./problem-codes.ts";
import { readSource } from "./read-source.ts";
import { canonicalRecognizer } from "./recognizers/canonical-recognizer.ts";
import type { DeckTree, Recognition, Recognizer } from "./recognizers/recognizer-types.ts";
import { slugify } from "./slug.ts";
import { checkStructure } from "./structure-checks.ts";

/** Every dialect import mode tries; the canonical one comes first and wins ties. */
const RECOGNIZERS: readonly Recognizer[] = [canonicalRecognizer];

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

function recognize(tree: DeckTree, options: CompileOptions, frontMatter: FrontMatter): Recognition {
  if (options.mode === "strict") return canonicalRecognizer.recognize(tree, "strict");
  const forced = RECOGNIZERS.find((r) => r.dialect === frontMatter.format);
  if (forced) return forced.recognize(tree, "import");
  let best: Recognition | null = null;
  for (const recognizer of RECOGNIZERS) {
    const found = recognizer.recognize(tree, "import");
    if (!best || found.questions.length > best.questions.length) best = found;
  }
  return best ?? canonicalRecognizer.recognize(tree, "import");
}

function compile(input: string | Uint8Array, options: CompileOptions): CompileResult {
  const { file, mode } = options;
  const refused = (problem: RawProblem): CompileResult => ({ deck: null, problems: finalizeProblems([problem], file, mode) });

  const read = readSource(input);
  if (!read.ok) return refused(read.problem);
  const { text } = read.source;
  const problems: RawProblem[] = [];
  let frontMatter: FrontMatter = { tags: [] };
  if (read.source.frontMatter) {
    const parsed = parseFrontMatter(read.source.frontMatter.yaml, read.source.frontMatter.firstLine);
    if (!parsed.ok) return refused(parsed.problem);
    frontMatter = parsed.frontMatter;
    problems.push(...parsed.warnings);
  }

  const root = parseMarkdown(text);
  problems.push(...checkStructure(root, text));
  const lastUpdated = findLastUpdated(root.children);
  const tree: DeckTree = { text, blocks: root.children, metadata: new Set(lastUpdated ? [lastUpdated.block] : []) };
  const recognition = recognize(tree, options, frontMatter);
  problems.push(...recognition.problems);

  const stem = fileStem(file);
  const deckId = slugify(frontMatter.id ?? stem) || "deck";
  const h1 = root.children.find((b) => b.type === "heading" && b.depth === 1);
  const title = (h1 && plainText(h1)) || frontMatter.title || stem;

  checkNumbering(recognition.questions, problems);
  checkSectionTitles(recognition.questions, problems);
  const questions = buildQuestions(text, deckId, title, recognition.questions, frontMatter, problems);
  if (recognition.questions.length === 0) {
    problems.push({
      code: "E050",
      line: 1,
      message:
        "no questions found: write each question as a heading such as `### Q1: What is …?` followed by a line `**Answer:**` and the answer",
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
