import type { Heading, RootContent } from "mdast";
import { startLine } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import { stripNumbering } from "../prompt-text.ts";
import type { DeckTree, SectionRef } from "./recognizer-types.ts";

/** Between a parent topic and the topic under it: "S3 › Basics". */
export const SECTION_SEPARATOR = " › ";

/**
 * The section a heading opens, its numbering (`## 2. Networking`) left out. Under a heading of a
 * section above it (`#### Basics` under `### S3`), it is named with its parent — "S3 › Basics" —
 * so two "Basics" under different parents stay two topics. One parent is enough to tell them
 * apart and keeps names short.
 */
export function sectionOf(heading: Heading, text: string = plainText(heading), parent: SectionRef | null = null): SectionRef {
  const title = stripNumbering(text) || text;
  const trail = [...(parent?.trail ?? []).filter((entry) => entry.depth < heading.depth), { depth: heading.depth, title }];
  const named = trail.slice(-2).map((entry) => entry.title);
  return { title: named.join(SECTION_SEPARATOR), line: startLine(heading), trail };
}

/**
 * For dialects whose questions are not headings: the section after `block` — every heading but
 * the deck's title opens one (the nearest heading above a question names its topic).
 */
export function sectionAfter(block: RootContent, tree: DeckTree, current: SectionRef | null): SectionRef | null {
  if (block.type !== "heading" || block === tree.title || tree.noise.has(block)) return current;
  return sectionOf(block, plainText(block), current);
}
