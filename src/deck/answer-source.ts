import type { RootContent } from "mdast";
import { answerMarkerEnd } from "./answer-marker.ts";
import { summaryText } from "./details-scan.ts";
import { unwrapAnswer } from "./html-wrappers.ts";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import { plainText } from "./plain-text.ts";
import { ANSWER_LABEL, isAnswerSummary } from "./prompt-text.ts";
import type { DeckTree } from "./recognizers/recognizer-types.ts";
import { isBlankBetween, sliceWithoutCuts, type SourceRange } from "./source-slice.ts";

/** Where an answer may lie, as a dialect found it. */
export interface AnswerBounds {
  /** Source offset where the answer may start (after the question). */
  start: number;
  /** Source offset where it ends at the latest. */
  end: number;
  /** The blocks between `start` and `end`, in order. */
  blocks: readonly RootContent[];
  /** Line to point at when the answer is empty and has no marker: the question's. */
  line: number;
  /** Columns of indentation to take off each line (a list item's continuation). */
  dedent?: number;
}

/** An answer read from the file: Markdown source, its blocks for key points, its line. */
export interface AnswerParts {
  answer: string;
  answerBlocks: RootContent[];
  answerLine: number;
  /** Set when the answer was unwrapped from HTML that held its Markdown: parse it for key points. */
  keyPointsSource?: string;
}

const PLAIN_MARKER = /^(?:answers?|ans|a)\s*[:：]\s*/i;

/** Where the answer starts when `block` is an answer marker (`**Answer:**`, `A:`, `#### Answer`), else null. */
function markerEnd(block: RootContent, text: string): number | null {
  if (block.type === "heading") return ANSWER_LABEL.test(plainText(block)) ? endOffset(block) : null;
  if (block.type !== "paragraph") return null;
  const bold = answerMarkerEnd(block);
  if (bold !== null) return bold;
  const [first, second] = block.children;
  if (!first) return null;
  if ((first.type === "strong" || first.type === "emphasis") && ANSWER_LABEL.test(plainText(first))) {
    // `*Answer:*`, `**Answer**` on its own: the label alone, a colon after it is part of it.
    const end = endOffset(first);
    return second?.type === "text" && second.value.startsWith(":") ? end + 1 : end;
  }
  if (first.type === "text") {
    const match = PLAIN_MARKER.exec(first.value);
    const at = startOffset(first);
    if (match && text.startsWith(match[0].trimEnd(), at)) return at + match[0].length;
  }
  return null;
}

/** Removes up to `columns` of leading indentation from every line after the first. */
function dedentLines(source: string, columns: number): string {
  if (columns <= 0) return source;
  return source.replace(/\n([ \t]+)/g, (_whole, indent: string) => {
    let width = 0;
    let cut = 0;
    while (cut < indent.length && width < columns) {
      width += indent[cut] === "\t" ? 4 - (width % 4) : 1;
      cut += 1;
    }
    return `\n${indent.slice(cut)}`;
  });
}


/**
 * Reads an answer between `start` and `end` for the import dialects: noise left out, a leading
 * answer marker (`**Answer:**`, `A:`, `#### Answer`, a `<details><summary>Answer</summary>`
 * wrapper) and rules at either end skipped. The text is the file's own Markdown.
 */
export function answerWithin(tree: DeckTree, bounds: AnswerBounds): AnswerParts {
  const { text, cuts } = tree;
  let { start, end } = bounds;
  let answerLine = bounds.line;
  const extra: SourceRange[] = [];
  const visible = bounds.blocks.filter((block) => !tree.noise.has(block) && !tree.metadata.has(block));
  let first = 0;
  let last = visible.length - 1;

  while (first <= last && visible[first]?.type === "thematicBreak" && isBlankBetween(text, cuts, start, startOffset(visible[first] as RootContent))) {
    start = endOffset(visible[first] as RootContent);
    first += 1;
  }
  const lead = visible[first];
  if (lead && first <= last && isBlankBetween(text, cuts, start, startOffset(lead))) {
    const marker = markerEnd(lead, text);
    const reveal = lead.type === "html" ? tree.detailsByNode.get(lead) : undefined;
    if (marker !== null) {
      start = marker;
      answerLine = startLine(lead);
      // A marker with the answer on its line stays a block of the answer for key points.
      if (isBlankBetween(text, cuts, marker, endOffset(lead))) first += 1;
    } else if (
      reveal?.closeStart != null &&
      reveal.closeStart <= end &&
      isBlankBetween(text, cuts, startOffset(lead), reveal.openOffset) &&
      isAnswerSummary(summaryText(tree.blocks, text, reveal))
    ) {
      start = reveal.bodyStart;
      answerLine = reveal.summary?.line ?? reveal.line;
      extra.push({ start: reveal.closeStart, end: reveal.closeEnd });
    }
  }
  while (last >= first && visible[last]?.type === "thematicBreak" && isBlankBetween(text, cuts, endOffset(visible[last] as RootContent), end)) {
    end = startOffset(visible[last] as RootContent);
    last -= 1;
  }

  const answerBlocks = visible
    .slice(first, last + 1)
    .filter((block) => startOffset(block) >= start && endOffset(block) <= end && !extra.some((cut) => startOffset(block) >= cut.start && endOffset(block) <= cut.end));
  const raw = sliceWithoutCuts(text, cuts, start, end, extra);
  const source = dedentLines(raw, bounds.dedent ?? 0).trim();
  const answer = unwrapAnswer(source);
  if (answer !== "" && answerLine === bounds.line) {
    const firstBlock = answerBlocks[0];
    if (firstBlock) answerLine = startLine(firstBlock);
  }
  // Unwrapped, the answer's Markdown may read differently: a list inside `<b>…</b>` in one HTML
  // block was HTML text. Its key points then come from the answer as it will show (parsed once,
  // for the chosen dialect only: see `keyPointsSource`).
  const swallowed = answer !== source && answerBlocks.some((block) => block.type === "html" && block.value.includes("\n"));
  return swallowed ? { answer, answerBlocks, answerLine, keyPointsSource: answer } : { answer, answerBlocks, answerLine };
}
