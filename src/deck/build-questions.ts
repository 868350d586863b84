import type { Nodes } from "mdast";
import type { Question, QuestionKind } from "./deck-types.ts";
import type { FrontMatter } from "./front-matter.ts";
import { extractKeyPoints } from "./key-points.ts";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import type { RawProblem } from "./problem-codes.ts";
import { lineAfter } from "./source-slice.ts";
import type { QuestionCandidate } from "./recognizers/recognizer-types.ts";
import { SlugRegistry, slugify } from "./slug.ts";
import { walkTree } from "./walk-tree.ts";
import { hashText } from "../lib/hash.ts";

/** Section titles whose questions are scenarios unless numbered otherwise. */
const SCENARIO_SECTION = /scenario|situational|troubleshoot|case stud|incident/i;

/** `<!-- id: my-question -->` in a question's block names it for good. */
const EXPLICIT_ID = /<!--\s*id:\s*(\S+?)\s*-->/;

function explicitIdOf(candidate: QuestionCandidate): { value: string; line: number } | null {
  for (const block of candidate.blocks) {
    const htmlNodes = block.type === "html" ? [block] : block.type === "heading" ? block.children.filter((c) => c.type === "html") : [];
    for (const node of htmlNodes) {
      const match = EXPLICIT_ID.exec(node.value);
      const value = match?.[1] ? slugify(match[1]) : "";
      if (value) return { value, line: startLine(node) };
    }
  }
  return null;
}

function isRelativeUrl(url: string): boolean {
  return url !== "" && !url.startsWith("#") && !url.startsWith("//") && !/^[a-z][a-z\d+.-]*:/i.test(url);
}

const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function relativeImageMessage(url: string): string {
  return `the image "${url}" points to a file next to the deck, which the app cannot load: it shows the image's description instead. Use a full https:// address to show the image`;
}

/** W003: links and images (Markdown or HTML `<img>`) that point to files next to the deck. */
function checkRelativeLinks(candidate: QuestionCandidate, text: string, problems: RawProblem[]): void {
  const first = candidate.blocks[0];
  const last = candidate.blocks.at(-1);
  if (!first || !last) return;
  const source = text.slice(startOffset(first), endOffset(last));
  // Links, images and definitions all need a `[` or an `<img`; most questions are spared the walk.
  if (!source.includes("[") && !/<img\b/i.test(source)) return;
  walkTree(candidate.blocks as Nodes[], (node) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && isRelativeUrl(node.url)) {
      problems.push({
        code: "W003",
        line: startLine(node),
        message:
          node.type === "image"
            ? relativeImageMessage(node.url)
            : `the link "${node.url}" points to a file next to the deck, which the app cannot show: use a full https:// address`,
      });
    } else if (node.type === "html" && /<img\b/i.test(node.value)) {
      const from = startOffset(node);
      for (const match of node.value.matchAll(HTML_IMAGE)) {
        const url = match[1] ?? match[2] ?? match[3] ?? "";
        if (!isRelativeUrl(url)) continue;
        problems.push({ code: "W003", line: lineAfter(text, from, startLine(node), from + match.index), message: relativeImageMessage(url) });
      }
    }
  });
}

function kindOf(candidate: QuestionCandidate, frontMatter: FrontMatter): QuestionKind {
  if (candidate.prefix === "S") return "scenario";
  if (candidate.prefix === "Q") return "concept";
  if (candidate.section && SCENARIO_SECTION.test(candidate.section.title)) return "scenario";
  return frontMatter.defaultKind ?? "concept";
}

/** A prompt short enough to quote in a message. */
function shorten(prompt: string): string {
  const points = Array.from(prompt);
  return points.length > 60 ? `${points.slice(0, 59).join("")}…` : prompt;
}

/** W001: numbered questions should count 1, 2, 3… per letter: gaps and disorder are usually slips. */
export function checkNumbering(candidates: readonly QuestionCandidate[], problems: RawProblem[]): void {
  const last = { Q: 0, S: 0 };
  const seen = { Q: new Set<number>(), S: new Set<number>() };
  for (const c of candidates) {
    if (!c.prefix || c.number === undefined) continue;
    const previous = last[c.prefix];
    const n = c.number;
    if (seen[c.prefix].has(n)) continue; // a duplicate number is E030's business
    seen[c.prefix].add(n);
    if (n > previous + 1) {
      const missing = n - 1 === previous + 1 ? `${c.prefix}${n - 1} is` : `${c.prefix}${previous + 1}–${c.prefix}${n - 1} are`;
      const after = previous === 0 ? `is the first ${c.prefix} question` : `follows ${c.prefix}${previous}`;
      problems.push({
        code: "W001",
        line: c.line,
        message: `${c.prefix}${n} ${after}, so ${missing} missing: renumber the questions or add the missing ones`,
      });
    } else if (n < previous) {
      problems.push({
        code: "W001",
        line: c.line,
        message: `${c.prefix}${n} comes after ${c.prefix}${previous}: put the questions in order or renumber them`,
      });
    }
    last[c.prefix] = Math.max(previous, n);
  }
}

/** W002: one section title used for two sections merges their questions into one topic. */
export function checkSectionTitles(candidates: readonly QuestionCandidate[], problems: RawProblem[]): void {
  const firstLine = new Map<string, number>();
  for (const c of candidates) {
    if (!c.section) continue;
    const first = firstLine.get(c.section.title);
    if (first === undefined) firstLine.set(c.section.title, c.section.line);
    else if (first !== c.section.line) {
      problems.push({
        code: "W002",
        line: c.section.line,
        message: `the section "${c.section.title}" also appears at line ${first}; their questions count as one topic. Rename one section or merge them`,
      });
      firstLine.set(c.section.title, c.section.line);
    }
  }
}

/**
 * Turns what a dialect found into questions: local ids (explicit, numbered, else a slug of the
 * prompt), kinds, labels, key points and hashes. Reports duplicate ids (E030), empty answers (E021).
 */
export function buildQuestions(
  text: string,
  deckId: string,
  deckTitle: string,
  candidates: readonly QuestionCandidate[],
  frontMatter: FrontMatter,
  problems: RawProblem[],
): Question[] {
  // Explicit and numbered ids first, so a prompt's slug never takes a number's id.
  const registry = new SlugRegistry();
  const firstUse = new Map<string, number>();
  const locals = candidates.map((c) => {
    const explicit = explicitIdOf(c);
    const given = explicit ?? (c.prefix ? { value: `${c.prefix.toLowerCase()}${c.number ?? 0}`, line: c.line } : null);
    if (!given) return null;
    const first = firstUse.get(given.value);
    if (first === undefined) {
      firstUse.set(given.value, c.line);
      registry.reserve(given.value);
      return given.value;
    }
    problems.push({
      code: "E030",
      line: given.line,
      message: `two questions have the id "${deckId}/${given.value}": the question at line ${first} and the question at line ${c.line}. Renumber one of them, or give it its own id with <!-- id: another-name --> under its heading`,
    });
    return registry.claim(given.value);
  });

  // The file's own numbers label its questions ("110." is Q110 even after a gap), each number
  // used once: numbers that restart per section would give two questions one label.
  const numberUses = new Map<number, number>();
  for (const c of candidates) {
    // A `Q12:` question holds the label Q12 too.
    const n = c.prefix === "Q" ? c.number : c.fileNumber;
    if (n !== undefined) numberUses.set(n, (numberUses.get(n) ?? 0) + 1);
  }
  const ownNumber = (c: QuestionCandidate) => (c.fileNumber !== undefined && numberUses.get(c.fileNumber) === 1 ? c.fileNumber : undefined);
  const questions: Question[] = [];
  candidates.forEach((c, index) => {
    const local = locals[index] ?? registry.claim(slugify(c.prompt) || "question");
    const own = ownNumber(c);
    const label = c.prefix ? `${c.prefix}${c.number ?? 0}` : own !== undefined ? `Q${own}` : `#${index + 1}`;
    checkRelativeLinks(c, text, problems);
    if (c.prompt === "") {
      problems.push({
        code: "W007",
        line: c.line,
        message: c.prefix
          ? `${label} has no question text: write the question in its heading, after the number`
          : "this question has no text: write the question here",
      });
    }
    if (c.answer === null) return;
    if (c.answer === "") {
      problems.push({
        code: "E021",
        line: c.answerLine,
        message: c.prefix
          ? `the answer to ${label} is empty: write the answer below its **Answer:** line`
          : `the answer to "${shorten(c.prompt)}" is empty: write the answer under the question`,
      });
    }
    const question: Question = {
      id: `${deckId}/${local}`,
      deckId,
      label,
      kind: kindOf(c, frontMatter),
      section: c.section?.title ?? deckTitle,
      prompt: c.prompt,
      answer: c.answer,
      keyPoints: extractKeyPoints(c.keyPointsSource ? parseMarkdown(c.keyPointsSource).children : c.answerBlocks),
      hash: hashText(c.promptDetail ? `${c.prompt}\n${c.promptDetail}\n${c.answer}` : `${c.prompt}\n${c.answer}`),
      line: c.line,
    };
    if (c.promptDetail) question.promptDetail = c.promptDetail;
    questions.push(question);
  });
  return questions;
}
