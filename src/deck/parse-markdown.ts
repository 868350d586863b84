import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { walkTree } from "./walk-tree.ts";

/**
 * CommonMark + GFM, as react-markdown + remark-gfm read it, minus GFM's tree transform for bare
 * `www.`/`https://` links: that only turns text into links (nothing the compiler looks at) and it
 * recurses deep enough to overflow the stack on hostile input.
 */
export const markdownOptions = {
  extensions: [gfm()],
  mdastExtensions: gfmFromMarkdown().map(({ transforms: _transforms, ...extension }) => extension),
};
const options = markdownOptions;

/** When a file is parsed in pieces (tests lower both to exercise the cuts). */
export interface PieceLimits {
  /** Up to this many characters a file is parsed in one piece (the seed is 58 KB). */
  wholeFile: number;
  /**
   * Larger files are parsed in pieces of about this size: the parser slows down more than
   * linearly on large documents (a 3.7 MB deck takes minutes in one piece, seconds in pieces),
   * and small pieces keep its garbage small.
   */
  piece: number;
}

const DEFAULT_LIMITS: PieceLimits = { wholeFile: 64 * 1024, piece: 2048 };

/** A piece of the file parsed on its own, positions already those of the whole file. */
interface Piece {
  start: number;
  end: number;
  /** Lines of the file before the piece. */
  line: number;
  children: RootContent[];
}

/** A list item's marker: a line starting with one, after a blank line, may go on with a list above. */
const LIST_ITEM_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t\n]|$)/;

/**
 * Where a piece may end: just before a line that starts at column 0 after a blank line and is not
 * a list item. From a clean top-level state such a line always starts a new top-level block: a
 * blank line ends a paragraph, table, quote or HTML block of the open-ended kinds, and a line
 * that is not indented ends a list item, footnote or indented code; it is never a lazy paragraph
 * line or a setext underline. So parsing up to it and from it gives the same tree as parsing
 * across it. (A list item would go on with the list above, one list read as two.) "Clean" is
 * checked on the parsed piece (see `endsOpen`): a fence, comment or `<pre>` still open is not.
 * Files of `**Q:**` lines or `<details>` blocks have few headings, so any such line will do.
 */
function nextCut(text: string, from: number): number {
  for (let at = text.indexOf("\n\n", from); at !== -1; at = text.indexOf("\n\n", at + 1)) {
    const lineStart = at + 2;
    const first = text.charCodeAt(lineStart);
    if (Number.isNaN(first) || first === 32 || first === 9 || first === 10) continue;
    if (!LIST_ITEM_START.test(text.slice(lineStart, lineStart + 12))) return lineStart;
  }
  return -1;
}

/**
 * Whether a piece's last block is still open when the piece ends. A piece always ends with a
 * blank line; a block that ended before it is closed. One that runs over it to the piece's end
 * is open — a fenced code block or an HTML block (comment, `<pre>`…) that would swallow the lines
 * after the cut, or a list or quote holding one (which ends elsewhere in a whole-file parse) —
 * so the cut is unsafe there.
 */
function endsOpen(children: readonly RootContent[], pieceEnd: number): boolean {
  const last = children.at(-1);
  return last !== undefined && (last.position?.end.offset ?? pieceEnd) >= pieceEnd - 1;
}

function shiftPositions(children: RootContent[], lineShift: number, offsetShift: number): void {
  if (lineShift === 0 && offsetShift === 0) return;
  walkTree(children, (node) => {
    const position = node.position;
    if (!position) return;
    position.start.line += lineShift;
    position.end.line += lineShift;
    if (position.start.offset !== undefined) position.start.offset += offsetShift;
    if (position.end.offset !== undefined) position.end.offset += offsetShift;
  });
}

function countLines(text: string, start: number, end: number): number {
  let lines = 0;
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) lines += 1;
  return lines;
}

/** Definitions of link references and footnotes: they act across the whole file. */
function definitionsOf(children: readonly RootContent[]): RootContent[] {
  const found: RootContent[] = [];
  walkTree(children, (node: Nodes) => {
    if (node.type === "definition" || node.type === "footnoteDefinition") found.push(node as RootContent);
  });
  return found;
}

/**
 * Where the closing fence of a top-level fenced code block that opens at `codeStart` lies: the
 * first later line of only the fence character, at least as long, indented up to three spaces.
 * Top-level fence content is raw text, so this is exact. The file's end when the fence never
 * closes; -1 when the block is not fenced.
 */
function closingFenceEnd(text: string, codeStart: number): number {
  const opener = /^(`{3,}|~{3,})/.exec(text.slice(codeStart, codeStart + 64))?.[1];
  if (!opener) return -1;
  const closer = new RegExp(`^ {0,3}${opener[0] === "`" ? "`" : "~"}{${opener.length},}[ \\t]*$`, "gm");
  closer.lastIndex = text.indexOf("\n", codeStart) + 1 || text.length;
  const match = closer.exec(text);
  return match ? match.index + match[0].length : text.length;
}

/** Called with characters parsed so far and the total. */
export type ParseProgress = (done: number, total: number) => void;

function parsePieces(text: string, pieceSize: number, onProgress?: ParseProgress): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let line = 0;
  let from = pieceSize;
  while (start < text.length) {
    let end = nextCut(text, start + from);
    if (end === -1) end = text.length;
    const source = text.slice(start, end);
    const children = fromMarkdown(source, options).children;
    const last = children.at(-1);
    if (end < text.length && last && endsOpen(children, source.length)) {
      // The cut fell inside an open block: cut again after it. A fence's end is known; for
      // anything else grow the piece, doubling so that the total work stays linear.
      const closed = last.type === "code" ? closingFenceEnd(text, start + (last.position?.start.offset ?? 0)) : -1;
      from = closed === -1 ? from * 2 : Math.max(closed - start, from);
      continue;
    }
    shiftPositions(children, line, start);
    pieces.push({ start, end, line, children });
    onProgress?.(end, text.length);
    line += countLines(text, start, end);
    start = end;
    from = pieceSize;
  }
  return pieces;
}

/**
 * Link reference and footnote definitions work across the file, but a piece only sees its own.
 * A piece that may use another piece's definitions is parsed again with stand-ins for them
 * appended, and the stand-ins dropped again: a reference node only needs its label to be defined
 * somewhere (it does not carry the URL), so `[label]: x` will do. Returns false when a piece that
 * needs them ends inside an open block, where only a whole-file parse is right.
 */
function shareDefinitions(text: string, pieces: Piece[]): boolean {
  // Every definition has a `]:` in its source; most pieces have none and need no walk.
  const standIns = pieces.map((piece) => {
    if (!text.slice(piece.start, piece.end).includes("]:")) return [];
    return definitionsOf(piece.children).map((def) => {
      if (def.type === "definition") return `[${def.label ?? def.identifier}]: x`;
      if (def.type === "footnoteDefinition") return `[^${def.label ?? def.identifier}]: x`;
      return "";
    });
  });
  if (standIns.every((lines) => lines.length === 0)) return true;
  for (const [index, piece] of pieces.entries()) {
    const source = text.slice(piece.start, piece.end);
    if (!source.includes("[")) continue;
    const others = standIns.flatMap((lines, i) => (i === index ? [] : lines));
    if (others.length === 0) continue;
    if (endsOpen(piece.children, piece.end)) return false;
    const children = fromMarkdown(`${source}\n\n${others.join("\n\n")}\n`, options).children.filter(
      (child) => (child.position?.start.offset ?? 0) < source.length,
    );
    shiftPositions(children, piece.line, piece.start);
    piece.children = children;
  }
  return true;
}

/**
 * CommonMark + GFM syntax tree of `text`, every node with its source position (offsets index
 * into `text`). Large files are parsed in pieces, cut only where that cannot change the tree.
 * `onProgress` hears of each piece as it is parsed (a small file is one piece) and, last, of
 * `(text.length, text.length)`.
 */
export function parseMarkdown(text: string, limits: PieceLimits = DEFAULT_LIMITS, onProgress?: ParseProgress): Root {
  const root = parseTree(text, limits, onProgress);
  onProgress?.(text.length, text.length);
  return root;
}

function parseTree(text: string, limits: PieceLimits, onProgress?: ParseProgress): Root {
  if (text.length <= limits.wholeFile) return fromMarkdown(text, options);
  const pieces = parsePieces(text, Math.max(1, limits.piece), onProgress);
  if (!shareDefinitions(text, pieces)) return fromMarkdown(text, options);
  const lines = countLines(text, 0, text.length);
  const lastLineStart = text.lastIndexOf("\n") + 1;
  return {
    type: "root",
    children: pieces.flatMap((piece) => piece.children),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines + 1, column: text.length - lastLineStart + 1, offset: text.length },
    },
  };
}
