import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { plainText } from "./plain-text.ts";

/** Where a bold label such as `**Answer:**` ends, and what follows it on its paragraph. */
export interface BoldLabel {
  /** The label's words without the colon, e.g. "Answer". */
  label: string;
  /** Source offset just after the label and its colon. */
  end: number;
  /** Inline content after the label, in the same paragraph. */
  rest: PhrasingContent[];
}

/**
 * Reads a paragraph that opens with a bold label ending in a colon: `**Answer:**` or `**Answer**:`.
 * Returns null for any other paragraph. Works on the tree, so `**Answer:**` inside code is never one.
 */
export function boldLabelOf(block: RootContent): BoldLabel | null {
  if (block.type !== "paragraph") return null;
  const [first, second, ...others] = (block as Paragraph).children;
  if (!first || first.type !== "strong" || !first.position) return null;
  const text = plainText(first);
  if (text.endsWith(":")) {
    return { label: text.slice(0, -1).trim(), end: first.position.end.offset ?? 0, rest: second ? [second, ...others] : [] };
  }
  if (second?.type === "text" && second.value.startsWith(":") && second.position) {
    const colonEnd = (second.position.start.offset ?? 0) + 1;
    const remainder = second.value.slice(1);
    const rest: PhrasingContent[] = remainder.trim() === "" ? others : [{ ...second, value: remainder }, ...others];
    return { label: text.trim(), end: colonEnd, rest };
  }
  return null;
}

const ANSWER_LABEL = /^(?:answer|a)$/i;

/** Source offset where the answer starts when `block` is an answer marker paragraph, else null. */
export function answerMarkerEnd(block: RootContent): number | null {
  const label = boldLabelOf(block);
  return label && ANSWER_LABEL.test(label.label) ? label.end : null;
}
