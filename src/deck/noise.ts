import type { Html, List, Nodes, PhrasingContent, RootContent, Table } from "mdast";
import { endOffset, startOffset } from "./node-position.ts";
import { plainText } from "./plain-text.ts";
import { inlineSourceText, isTocTitle } from "./prompt-text.ts";
import type { SourceRange } from "./source-slice.ts";
import { walkTree } from "./walk-tree.ts";

/** What a block of noise is (DECK-FORMAT.md, "Noise that is never a question nor part of an answer"). */
export type NoiseKind = "toc" | "back-to-top" | "badge" | "comment" | "line-break" | "mdx" | "jsx" | "promotion" | "trailer" | "stub";

/** Noise a reader of the file would see, so leaving it out is reported; comments and `<br>` are not. */
export const VISIBLE_NOISE: ReadonlySet<NoiseKind> = new Set<NoiseKind>(["toc", "back-to-top", "badge", "mdx", "jsx", "promotion", "trailer", "stub"]);

export interface NoiseAnalysis {
  noise: Map<RootContent, NoiseKind>;
  /** Source ranges to leave out of answers, sorted and apart. */
  cuts: SourceRange[];
}

const COMMENTS_ONLY = /^(?:\s*<!--[\s\S]*?(?:-->|$))+\s*$/;
const BREAKS_ONLY = /^(?:\s*<br\s*\/?>)+\s*$/i;
/** Capitalised tags (`<Tabs>`, `</TabItem>`, `<Note />`) and fragments: JSX components, not HTML. */
const JSX_TAGS_ONLY = /^(?:\s*(?:<\/?[A-Z][\w.:-]*(?:\s[^<>]*)?\/?>|<\/?>))+\s*$/;
const MDX_LINE = /^\s*(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?["'][^"'\n]+["']|export\s+(?:const|let|var)\s+\w+\s*=.*)\s*;?\s*$/;
const BACK_TO_TOP = /[⬆↥↑⇧🔝]|\bback\s+to\s+(?:the\s+)?(?:top|contents|index|toc|table of contents|questions)\b|\b(?:go|jump|scroll)\s+(?:back\s+)?(?:to\s+)?(?:the\s+)?top\b|^\W*top\W*$/iu;
const BADGE_URL = /shields\.io|badgen\.net|badge|travis-ci|codecov|coveralls|circleci|\/workflows\/|forthebadge|hits\.|visitor|komarev|github-readme-stats/i;
const SEPARATORS = /^[\s|•·\-–—,/>»:;]*$/u;
/** "Read the detailed answer on example.com", "See the full answer here": a line advertising the source site. */
const PROMOTION = /^\W*(?:read|see|view|check|find|get)\s+(?:the\s+)?(?:(?:full|detailed|complete|whole|more|longer|in-depth)\s+)+(?:answers?|explanations?|solutions?|version)\b.{0,80}$/iu;
/** "Explore all 111 answers on …", "See all questions at …": a file's closing advertisement heading. */
const TRAILER_TITLE = /^\W*(?:explore|see|view|browse|get|find|check out|discover|read)\s+(?:all|more|the\s+(?:full|complete)|\d[\d,]*\+?)\b.{0,40}\b(?:answers|questions|q&as?|interview questions)\b/iu;
/** A paragraph that only says the answer is still to be written. */
const STUB = /^\W*(?:to\s?do|tbd|tba|wip|coming soon|work in progress|to be (?:written|added|done))\W*$/iu;

function isAnchor(url: string): boolean {
  return url.startsWith("#");
}

/** The noise kind of an HTML block or inline HTML node, judged by its source. */
function htmlKind(value: string): NoiseKind | null {
  if (COMMENTS_ONLY.test(value)) return "comment";
  if (BREAKS_ONLY.test(value)) return "line-break";
  if (JSX_TAGS_ONLY.test(value)) return "jsx";
  const text = inlineSourceText(value);
  if (/<a\b/i.test(value) && PROMOTION.test(text)) return "promotion";
  if (/href\s*=\s*["']?#/i.test(value) && text.length <= 60 && BACK_TO_TOP.test(text)) return "back-to-top";
  if (text === "" && /<img\b/i.test(value)) {
    const sources = [...value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? "");
    if (sources.length > 0 && sources.every((src) => BADGE_URL.test(src))) return "badge";
  }
  return null;
}

/** Inline HTML that is noise inside a paragraph: comments, `<br>`, JSX tags. */
function inlineHtmlKind(node: Html): NoiseKind | null {
  const value = node.value;
  if (/^<!--/.test(value)) return "comment";
  if (BREAKS_ONLY.test(value)) return "line-break";
  if (JSX_TAGS_ONLY.test(value)) return "jsx";
  return null;
}

function isBlankText(node: PhrasingContent): boolean {
  return (node.type === "text" && /^[\s\u00a0]*$/.test(node.value)) || node.type === "break";
}

/** Whether a link holds only images (a linked badge). */
function isImageLink(node: PhrasingContent): boolean {
  return (
    (node.type === "link" || node.type === "linkReference") &&
    node.children.length > 0 &&
    node.children.every((child) => child.type === "image" || child.type === "imageReference" || isBlankText(child))
  );
}

/** Which inline noise names a paragraph made only of it: a component tag over a comment over `<br>`. */
const INLINE_RANK: Partial<Record<NoiseKind, number>> = { "line-break": 0, comment: 1, jsx: 2 };

function paragraphKind(children: readonly PhrasingContent[], source: string): NoiseKind | null {
  if (/^\s*(?:import|export)\s/.test(source) && source.split("\n").every((line) => MDX_LINE.test(line))) return "mdx";

  const words = plainText(children as PhrasingContent[]).trim();
  if (STUB.test(words)) return "stub";
  if (PROMOTION.test(words) && children.some((child) => child.type === "link")) return "promotion";

  let inlineNoise: NoiseKind | null = null;
  let onlyInlineNoise = true;
  let onlyImages = true;
  let images = 0;
  for (const child of children) {
    if (isBlankText(child)) continue;
    const kind = child.type === "html" ? inlineHtmlKind(child) : null;
    if (kind) {
      if (!inlineNoise || (INLINE_RANK[kind] ?? 0) > (INLINE_RANK[inlineNoise] ?? 0)) inlineNoise = kind;
      continue;
    }
    onlyInlineNoise = false;
    if (child.type === "image" || child.type === "imageReference") images += 1;
    else if (isImageLink(child)) images += 1;
    else onlyImages = false;
  }
  if (onlyInlineNoise) return inlineNoise ?? "line-break";
  if (onlyImages && images > 0) {
    const urls: string[] = [];
    walkTree(children as PhrasingContent[], (node) => {
      if (node.type === "image") urls.push(`${node.url} ${node.alt ?? ""}`);
      else if (node.type === "imageReference") urls.push(node.label ?? node.identifier);
    });
    if (urls.every((url) => BADGE_URL.test(url))) return "badge";
  }

  const urls: string[] = [];
  walkTree(children as PhrasingContent[], (node) => {
    if (node.type === "link") urls.push(node.url);
  });
  if (urls.length === 0 || !urls.every(isAnchor)) return null;
  const text = plainText(children as PhrasingContent[]);
  if (text.length <= 60 && BACK_TO_TOP.test(text)) return "back-to-top";
  if (urls.length >= 2 && SEPARATORS.test(textOutsideLinks(children))) return "toc";
  return null;
}

/** The words of inline content that are not inside a link (the separators of a link bar). */
function textOutsideLinks(children: readonly PhrasingContent[]): string {
  let out = "";
  const stack: Nodes[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === "link") continue;
    if (node.type === "text" || node.type === "inlineCode") out += node.value;
    else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as Nodes);
  }
  return out;
}

/** Whether a node holds a link to an anchor in the file (`#…`). */
function hasAnchorLink(node: Nodes): boolean {
  let found = false;
  walkTree(node, (inner) => {
    if (!found && inner.type === "link" && isAnchor(inner.url)) found = true;
  });
  return found;
}

/** A list whose items mostly link to headings of the file: a table of contents. */
function listKind(list: List): NoiseKind | null {
  let items = 0;
  let anchored = 0;
  walkTree(list, (node) => {
    if (node.type !== "listItem") return;
    items += 1;
    const first = node.children[0];
    if (first?.type === "paragraph" && first.children.some((c) => (c.type === "link" && isAnchor(c.url)) || hasAnchorLink(c))) anchored += 1;
  });
  if (items === 1 && anchored === 1) {
    const text = plainText(list);
    if (text.length <= 60 && BACK_TO_TOP.test(text)) return "back-to-top";
  }
  return items >= 2 && anchored / items >= 0.6 ? "toc" : null;
}

/** A table whose rows mostly link to headings of the file. */
function tableKind(table: Table): NoiseKind | null {
  const rows = table.children.slice(1);
  const anchored = rows.filter((row) => hasAnchorLink(row)).length;
  return rows.length >= 2 && anchored / rows.length >= 0.6 ? "toc" : null;
}

/** The noise kind of one block, or null when it is content. */
export function noiseKindOf(block: RootContent, text: string): NoiseKind | null {
  switch (block.type) {
    case "html":
      return htmlKind(block.value);
    case "paragraph":
      return paragraphKind(block.children, text.slice(startOffset(block), endOffset(block)));
    case "list":
      return listKind(block);
    case "table":
      return tableKind(block);
    default:
      return null;
  }
}

/** Whether `start`–`end` is all of its line but for blanks (and a list item's indentation). */
function ownsLine(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before -= 1;
  return (before < 0 || text.charCodeAt(before) === 10) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 16));
}

/**
 * Inline noise inside a paragraph that stays: comments anywhere, and `<br>` or JSX tags alone on
 * their line (`Promise<T>` in running text is left alone: `<T>` reads as a tag).
 */
function inlineCuts(block: RootContent, text: string, cuts: SourceRange[]): void {
  if (block.type !== "paragraph") return;
  for (const child of block.children) {
    if (child.type !== "html") continue;
    const kind = inlineHtmlKind(child);
    const start = startOffset(child);
    const end = endOffset(child);
    if (kind === "comment" || (kind && ownsLine(text, start, end))) cuts.push({ start, end });
  }
}

/** Whether a block belongs to a table of contents' links: a list, table or paragraph of `#anchor` links. */
function isTocLinks(block: RootContent, text: string): boolean {
  if (noiseKindOf(block, text) === "toc") return true;
  // A lone line of one link ("[Networking](#networking)") between the lists of a long table of contents.
  return block.type === "paragraph" && hasAnchorLink(block) && plainText(block).length <= 80;
}

/** A heading that advertises the rest of a collection elsewhere ("Explore all 111 answers on …"). */
export function isTrailerTitle(text: string): boolean {
  return TRAILER_TITLE.test(text);
}

/**
 * Finds the noise among the top-level blocks (and in the items of numbered lists that start with a
 * heading, the list-heading dialect's questions): what is never a question nor answer text, and
 * the source ranges to leave out of answers. A heading named like a table of contents makes it
 * noise with what follows, up to where its links end (questions often start right below the
 * last link, with no heading between). A closing heading that advertises "all N answers"
 * elsewhere is a trailer: noise with everything under it.
 */
export function findNoise(blocks: readonly RootContent[], text: string): NoiseAnalysis {
  const noise = new Map<RootContent, NoiseKind>();
  const cuts: SourceRange[] = [];
  const mark = (block: RootContent, kind: NoiseKind) => {
    noise.set(block, kind);
    cuts.push({ start: startOffset(block), end: endOffset(block) });
  };
  let inToc = false;
  let tocLinksSeen = false;
  let trailerDepth = 0;
  for (const block of blocks) {
    if (block.type === "heading") {
      if (trailerDepth > 0 && block.depth > trailerDepth) {
        mark(block, "trailer");
        continue;
      }
      trailerDepth = 0;
      const title = plainText(block);
      inToc = isTocTitle(title);
      tocLinksSeen = false;
      if (inToc) mark(block, "toc");
      else if (isTrailerTitle(title)) {
        trailerDepth = block.depth;
        mark(block, "trailer");
      }
      continue;
    }
    if (trailerDepth > 0) {
      mark(block, "trailer");
      continue;
    }
    if (inToc) {
      const links = isTocLinks(block, text);
      const silent = block.type === "html" && (COMMENTS_ONLY.test(block.value) || BREAKS_ONLY.test(block.value));
      // Text before the first links introduces them; after the links, the table of contents is over.
      if (links || silent || !tocLinksSeen) {
        tocLinksSeen ||= links;
        mark(block, "toc");
        continue;
      }
      inToc = false;
    }
    const kind = noiseKindOf(block, text);
    if (kind) {
      mark(block, kind);
      continue;
    }
    inlineCuts(block, text, cuts);
    if (block.type === "list" && block.ordered) {
      for (const item of block.children) {
        if (item.children[0]?.type !== "heading") continue;
        for (const child of item.children.slice(1)) {
          const childKind = noiseKindOf(child, text);
          if (childKind) mark(child, childKind);
          else inlineCuts(child, text, cuts);
        }
      }
    }
  }
  return { noise, cuts };
}
