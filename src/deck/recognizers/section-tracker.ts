import type { Heading, RootContent } from "mdast";
import { startLine } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import { stripNumbering } from "../prompt-text.ts";
import type { DeckTree, SectionRef } from "./recognizer-types.ts";

/** The section a heading opens, its numbering (`## 2. Networking`) left out. */
export function sectionOf(heading: Heading, text: string = plainText(heading)): SectionRef {
  return { title: stripNumbering(text) || text, line: startLine(heading) };
}

/**
 * For dialects whose questions are not headings: the section after `block` — every heading but
 * the deck's title opens one (the nearest heading above a question names its topic).
 */
export function sectionAfter(block: RootContent, tree: DeckTree, current: SectionRef | null): SectionRef | null {
  if (block.type !== "heading" || block === tree.title || tree.noise.has(block)) return current;
  return sectionOf(block);
}
