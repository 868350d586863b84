import type { Heading, RootContent } from "mdast";
import type { DeckDialect } from "./front-matter.ts";
import { VISIBLE_NOISE, type NoiseKind } from "./noise.ts";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import { plainText } from "./plain-text.ts";
import { inlineSourceText, isProseTitle } from "./prompt-text.ts";
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
  const problems: RawProblem[] = [];
  for (const { other, skipped } of leftOutByOthers(chosen, others)) {
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

/** The questions each other dialect found that the chosen one reads none of (what W020 reports). */
function leftOutByOthers(chosen: Recognition, others: readonly Recognition[]): { other: Recognition; skipped: QuestionCandidate[] }[] {
  const spans = chosen.questions.map(spanOf);
  const found: { other: Recognition; skipped: QuestionCandidate[] }[] = [];
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
    if (skipped.length > 0) found.push({ other, skipped });
  }
  return found;
}

/** The kinds of noise reported, in the order of their warnings. */
const KIND_ORDER = ["toc", "badge", "mdx", "jsx", "back-to-top", "promotion", "trailer", "stub"] as const satisfies readonly NoiseKind[];

const NOISE_MESSAGES: Record<(typeof KIND_ORDER)[number], (lines: string) => string> = {
  toc: (lines) =>
    `the table of contents (${lines}) is left out of the deck: it only links to the file's own headings, and the app lists the sections itself`,
  badge: (lines) => `the badge images (${lines}) are left out of the deck; nothing to change`,
  mdx: (lines) =>
    `the MDX \`import\`/\`export\` lines (${lines}) are left out: only the file's Markdown is read, so components it imports are not shown`,
  jsx: (lines) =>
    `the component tags such as \`<Tabs>\` (${lines}) are left out of the answers, which keep the text between them; check those answers read well without them`,
  "back-to-top": (lines) => `the "back to top" links (${lines}) are left out of the answers; nothing to change`,
  promotion: (lines) =>
    `the "Read the detailed answer on …" lines (${lines}) are left out of the answers: they advertise the site the file came from; nothing to change`,
  trailer: (lines) =>
    `the closing "explore all answers" heading with what is under it (${lines}) is left out of the deck: it advertises the rest of the collection elsewhere; nothing to change`,
  stub: (lines) =>
    `the "ToDo" placeholders (${lines}) are left out: nothing is written there yet. Write the answer in its place to include it`,
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

/**
 * The headings whose part of the file (up to the next heading at their level or above) holds no
 * question of the chosen dialect, or that are titled as prose (Overview, References…): what is
 * under them is prose about the file, skipped on purpose. Passed-over headings are not among them.
 */
function proseHeadings(tree: DeckTree, questionStarts: readonly number[], passedOver: ReadonlySet<RootContent>): Set<RootContent> {
  const prose = new Set<RootContent>();
  const open: { heading: Heading; start: number }[] = [];
  const settle = (entry: { heading: Heading; start: number }, end: number) => {
    // The first question starting at or after the heading, by binary search.
    let low = 0;
    let high = questionStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((questionStarts[mid] ?? 0) < entry.start) low = mid + 1;
      else high = mid;
    }
    const next = questionStarts[low];
    if (next === undefined || next >= end || isProseTitle(plainText(entry.heading))) prose.add(entry.heading);
  };
  for (const block of tree.blocks) {
    if (block.type !== "heading" || passedOver.has(block)) continue;
    while ((open.at(-1)?.heading.depth ?? 0) >= block.depth) settle(open.pop() as (typeof open)[number], startOffset(block));
    open.push({ heading: block, start: startOffset(block) });
  }
  for (const entry of open) settle(entry, tree.text.length);
  return prose;
}

/** Whether a block shows nothing a reader would miss: a link definition, an HTML block of bare tags. */
function showsNothing(block: RootContent): boolean {
  return block.type === "definition" || (block.type === "html" && inlineSourceText(block.value) === "");
}

/**
 * W022: text that is part of no question and so is left out of the deck without any other
 * warning saying so — a paragraph after a rule that ends an answer, text between `**Q:**` or
 * `<details>` questions, a heading at the question level that does not read as a question
 * (`### Promises vs callbacks`) with what is under it. Left alone: the preamble before the first
 * question, prose (sections with no questions, or titled Overview, References…), headings, rules,
 * noise, deck metadata, and what another warning already names (W005, W020, E022). One warning
 * per file, naming each run of lines.
 */
export function reportUnread(tree: DeckTree, chosen: Recognition, others: readonly Recognition[]): RawProblem[] {
  const spans = chosen.questions.map(spanOf).sort((a, b) => a.start - b.start);
  const firstQuestion = spans[0];
  if (!firstQuestion) return [];
  const elsewhere = leftOutByOthers(chosen, others)
    .flatMap(({ skipped }) => skipped.map(spanOf))
    .sort((a, b) => a.start - b.start);
  const reportedLines = new Set(chosen.problems.map((p) => p.line));
  const passedOver = new Set(chosen.passedOver);
  const prose = proseHeadings(tree, spans.map((span) => span.start), passedOver);
  /** Whether a block overlaps a span of `list`; blocks come in order, so spans ending before it are passed for good. */
  const overlaps = (list: readonly { start: number; end: number }[], cursor: { at: number }, start: number, end: number) => {
    while (cursor.at < list.length && (list[cursor.at]?.end ?? 0) <= start) cursor.at += 1;
    const span = list[cursor.at];
    return span !== undefined && span.start < end;
  };
  const inQuestion = { at: 0 };
  const inOther = { at: 0 };

  /** The headings above the current block: whether each opens prose, was passed over, or another warning names it (W005). */
  const above: { depth: number; prose: boolean; passed: boolean; named: boolean }[] = [];
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number } | undefined;
  let passedOverCount = 0;
  for (const block of tree.blocks) {
    const start = startOffset(block);
    const end = endOffset(block);
    if (block.type === "heading") {
      while ((above.at(-1)?.depth ?? 0) >= block.depth) above.pop();
      // Headings under a passed-over one are skipped with it, so they are reported with it.
      const underPassed = above.some((entry) => entry.passed);
      above.push({
        depth: block.depth,
        prose: !underPassed && prose.has(block),
        passed: passedOver.has(block),
        named: reportedLines.has(startLine(block)),
      });
    }
    const passed = above.some((entry) => entry.passed);
    if (overlaps(spans, inQuestion, start, end) || (block.type === "heading" && !passed)) {
      run = undefined;
      continue;
    }
    if (
      end <= firstQuestion.start ||
      overlaps(elsewhere, inOther, start, end) ||
      above.some((entry) => entry.prose || entry.named) ||
      reportedLines.has(startLine(block)) ||
      block.type === "thematicBreak" ||
      tree.noise.has(block) ||
      tree.metadata.has(block) ||
      showsNothing(block)
    ) {
      continue;
    }
    if (passedOver.has(block)) passedOverCount += 1;
    if (!run) {
      run = { start: startLine(block), end: startLine(block) };
      runs.push(run);
    }
    run.end = block.position?.end.line ?? run.start;
  }
  const first = runs[0];
  if (!first) return [];
  const headingHint =
    passedOverCount > 0
      ? `; a heading at the level of the questions is read as a question only when it ends with "?", ` +
        "starts with an asking word (What, How, Why, Explain…) or is numbered (Q1:, 1.), so reword such a heading to keep it as a question"
      : "";
  return [
    {
      code: "W022",
      line: first.start,
      message:
        `the text at ${describeLines(runs)} is not part of any question, so it is left out of the deck: ` +
        "move it into the answer of the question it belongs to (below that question, before the next one) to keep it, or delete it" +
        headingHint,
    },
  ];
}
