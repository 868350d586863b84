import type { Nodes, RootContent } from "mdast";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import { plainText } from "./plain-text.ts";
import { inlineSourceText } from "./prompt-text.ts";
import { lineAfter } from "./source-slice.ts";
import { walkTree } from "./walk-tree.ts";

/** An outermost `<details>` element opened by a top-level HTML block. */
export interface DetailsElement {
  /** Index among the top-level blocks of the block where it opens, and of the one where it closes. */
  openIndex: number;
  /** The last block when it never closes. */
  closeIndex: number;
  /** Source offset of `<details`. */
  openOffset: number;
  /** Line of `<details`. */
  line: number;
  /** What sits between `<summary…>` and `</summary>` (when the summary comes first), else null. */
  summary: { start: number; end: number; line: number } | null;
  /** Where the body starts: after `</summary>`, else after the `<details>` tag. */
  bodyStart: number;
  /** Source offset of `</details>`, or null when it is never closed. */
  closeStart: number | null;
  /** Just after `</details>` (the end of the file when it is never closed). */
  closeEnd: number;
}

const TAG = /<(\/?)(details|summary)\b[^>]*>/gi;

interface OpenElement {
  element: DetailsElement;
  summaryStart: number;
  summaryLine: number;
}

/**
 * The outermost `<details>` elements of a file, found in one pass over its HTML: an element opens
 * in a top-level HTML block (`<details>` written inside a list item stays that item's business)
 * and closes at the matching `</details>`, wherever it sits. Details nested inside are part of the
 * outer one's body.
 */
export function scanDetails(blocks: readonly RootContent[], text: string): DetailsElement[] {
  const found: DetailsElement[] = [];
  let depth = 0;
  let open: OpenElement | null = null;

  const scan = (node: Nodes, index: number, topLevel: boolean) => {
    const start = startOffset(node);
    const source = text.slice(start, endOffset(node));
    let line = startLine(node);
    let lineFrom = start;
    for (const match of source.matchAll(TAG)) {
      const at = start + match.index;
      const tagEnd = at + match[0].length;
      const closing = match[1] === "/";
      const name = (match[2] ?? "").toLowerCase();
      if (name === "details" && !closing) {
        if (depth === 0) {
          if (!topLevel) continue;
          line = lineAfter(text, lineFrom, line, at);
          lineFrom = at;
          open = {
            element: { openIndex: index, closeIndex: index, openOffset: at, line, summary: null, bodyStart: tagEnd, closeStart: null, closeEnd: text.length },
            summaryStart: -1,
            summaryLine: 0,
          };
        }
        depth += 1;
      } else if (name === "details") {
        if (depth === 0) continue;
        depth -= 1;
        if (depth === 0 && open) {
          open.element.closeStart = at;
          open.element.closeEnd = tagEnd;
          open.element.closeIndex = index;
          found.push(open.element);
          open = null;
        }
      } else if (open && depth === 1) {
        const { element } = open;
        if (!closing && open.summaryStart === -1) {
          // Only a summary that comes first names the element; -2: too late for one.
          if (text.slice(element.bodyStart, at).trim() !== "") {
            open.summaryStart = -2;
            continue;
          }
          line = lineAfter(text, lineFrom, line, at);
          lineFrom = at;
          open.summaryStart = tagEnd;
          open.summaryLine = line;
        } else if (closing && open.summaryStart >= 0 && element.summary === null) {
          element.summary = { start: open.summaryStart, end: at, line: open.summaryLine };
          element.bodyStart = tagEnd;
        }
      }
    }
  };

  blocks.forEach((block, index) => {
    if (block.type === "html") {
      scan(block, index, true);
      return;
    }
    // Inside an open element, a closing tag may sit in a list item or a quote.
    if (depth === 0) return;
    const at = text.indexOf("details", startOffset(block));
    if (at === -1 || at >= endOffset(block)) return;
    walkTree(block, (node) => {
      if (node.type === "html") scan(node, index, false);
    });
  });
  const last = open as OpenElement | null;
  if (last) {
    last.element.closeIndex = blocks.length - 1;
    found.push(last.element);
  }
  return found;
}

/**
 * The readable text of an element's summary: HTML and Markdown markers removed, whether it sits
 * in the HTML block (`<summary><b>What is X?</b></summary>`) or in Markdown blocks between tags.
 */
export function summaryText(blocks: readonly RootContent[], text: string, element: DetailsElement): string {
  if (!element.summary) return "";
  const { start, end } = element.summary;
  const parts: string[] = [];
  for (let i = element.openIndex; i < blocks.length; i += 1) {
    const block = blocks[i] as RootContent;
    const blockStart = startOffset(block);
    const blockEnd = endOffset(block);
    if (blockStart >= end) break;
    if (blockEnd <= start) continue;
    const whole = blockStart >= start && blockEnd <= end;
    parts.push(
      whole && block.type !== "html"
        ? plainText(block)
        : inlineSourceText(text.slice(Math.max(blockStart, start), Math.min(blockEnd, end))),
    );
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
