import type { DeckDialect } from "./front-matter.ts";
import { VISIBLE_NOISE, type NoiseKind } from "./noise.ts";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import type { RawProblem } from "./problem-codes.ts";
import type { DeckTree, QuestionCandidate, Recognition } from "./recognizers/recognizer-types.ts";

/** How each dialect writes a question, in a deck author's words. */
export const DIALECT_WORDS: Record<DeckDialect, string> = {
  canonical: "headings numbered like `### Q1:` with an **Answer:** line",
  heading: "headings with the answer below them",
  "list-heading": "numbered list items that start with a heading",
  details: "`<details><summary>Question</summary>` blocks",
  reveal: "a question followed by `<details><summary>Answer</summary>`",
  "bold-marker": "**Q:** and **A:** lines",
};

/** "line 4", "lines 4–9", "lines 4, 12–15, 30 and 7 more". */
export function describeLines(ranges: readonly { start: number; end: number }[], max = 5): string {
  const shown = ranges.slice(0, max).map(({ start, end }) => (end > start ? `${start}–${end}` : `${start}`));
  const more = ranges.length - shown.length;
  const single = ranges.length === 1 && ranges[0]?.start === ranges[0]?.end;
  const list = more > 0 ? `${shown.join(", ")} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}` : (shown[0] ?? "");
  return `${single ? "line" : "lines"} ${list}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Source range a question covers, from its first block to its last. */
function spanOf(question: QuestionCandidate): { start: number; end: number } {
  const first = question.blocks[0] ?? question.promptNode;
  const last = question.blocks.at(-1) ?? question.promptNode;
  return { start: startOffset(first), end: endOffset(last) };
}

/**
 * W020: questions another dialect found where the chosen one read nothing, so they are left out
 * (a file mostly of `**Q:**` lines with a few `<details>` questions). One warning per other
 * dialect, naming the lines. The heading dialect's finds are not reported against the canonical
 * one, which warns about stray headings itself (W005).
 */
export function reportMixedDialects(chosen: Recognition, others: readonly Recognition[]): RawProblem[] {
  const spans = chosen.questions.map(spanOf);
  const problems: RawProblem[] = [];
  for (const other of others) {
    if (other.dialect === chosen.dialect || (chosen.dialect === "canonical" && other.dialect === "heading")) continue;
    const skipped: QuestionCandidate[] = [];
    let at = 0;
    for (const question of other.questions) {
      if (!question.answer) continue;
      // Left out when none of it is read by the chosen dialect (overlapping text is the same text read another way).
      const { start, end } = spanOf(question);
      while (at < spans.length && (spans[at]?.end ?? 0) <= start) at += 1;
      const span = spans[at];
      if (!span || span.start >= end) skipped.push(question);
    }
    const first = skipped[0];
    if (!first) continue;
    const count = skipped.length;
    problems.push({
      code: "W020",
      line: first.line,
      message:
        `${count} ${plural(count, "question", "questions")} written as ${DIALECT_WORDS[other.dialect]} ` +
        `(${describeLines(skipped.map((q) => ({ start: q.line, end: q.line })))}) ${plural(count, "is", "are")} left out: ` +
        `most of this file writes questions as ${DIALECT_WORDS[chosen.dialect]}. ` +
        `Write ${plural(count, "it", "them")} the same way to include ${plural(count, "it", "them")}`,
    });
  }
  return problems;
}

/** The kinds of noise reported, in the order of their warnings. */
const KIND_ORDER = ["toc", "badge", "mdx", "jsx", "back-to-top"] as const satisfies readonly NoiseKind[];

const NOISE_MESSAGES: Record<(typeof KIND_ORDER)[number], (lines: string) => string> = {
  toc: (lines) =>
    `the table of contents (${lines}) is left out of the deck: it only links to the file's own headings, and the app lists the sections itself`,
  badge: (lines) => `the badge images (${lines}) are left out of the deck; nothing to change`,
  mdx: (lines) =>
    `the MDX \`import\`/\`export\` lines (${lines}) are left out: only the file's Markdown is read, so components it imports are not shown`,
  jsx: (lines) =>
    `the component tags such as \`<Tabs>\` (${lines}) are left out of the answers, which keep the text between them; check those answers read well without them`,
  "back-to-top": (lines) => `the "back to top" links (${lines}) are left out of the answers; nothing to change`,
};

/**
 * W021: noise a reader would see in the file and will not find in the deck — tables of contents,
 * badges, back-to-top links, MDX and JSX. One warning per kind, naming each run of it (adjacent
 * blocks of one kind make one run) rather than every line. Comments and `<br>` lines are left out
 * silently: nothing of them shows anyway.
 */
export function reportNoise(tree: DeckTree): RawProblem[] {
  interface Run {
    kind: NoiseKind;
    start: number;
    end: number;
    endOffset: number;
  }
  const all: Run[] = [];
  let current: Run | undefined;
  // The noise map lists blocks in file order. A run goes on over blank lines, rules and silent noise.
  for (const [block, kind] of tree.noise) {
    const visible = VISIBLE_NOISE.has(kind);
    if (current && (!/^[\s\-*_]*$/.test(tree.text.slice(current.endOffset, startOffset(block))) || (visible && kind !== current.kind))) {
      current = undefined;
    }
    if (!current) {
      if (!visible) continue;
      current = { kind, start: startLine(block), end: 0, endOffset: 0 };
      all.push(current);
    }
    if (visible) current.end = block.position?.end.line ?? startLine(block);
    current.endOffset = endOffset(block);
  }
  const problems: RawProblem[] = [];
  for (const kind of KIND_ORDER) {
    const ranges = all.filter((run) => run.kind === kind);
    const first = ranges[0];
    if (!first) continue;
    problems.push({ code: "W021", line: first.start, message: NOISE_MESSAGES[kind](describeLines(ranges)) });
  }
  return problems;
}
