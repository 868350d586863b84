import type { List, ListItem, RootContent } from "mdast";
import { boldLabelOf } from "./answer-marker.ts";
import { plainText } from "./plain-text.ts";

/** Bold labels whose list is the self-grading rubric. */
const RUBRIC_LABEL = /^(?:key (?:points?|takeaways?)|best practices?|when to use\b.*|in short|tl;?\s?dr)$/i;

function itemText(item: ListItem): string {
  // An item's own words; its nested lists are details, not separate rubric points.
  return plainText(item.children.filter((child) => child.type !== "list"));
}

function listItems(list: List): string[] {
  return list.children.map(itemText).filter((text) => text !== "");
}

function rubricLabel(block: RootContent): { inline: string } | null {
  if (block.type === "heading") {
    const text = plainText(block).replace(/:$/, "").trim();
    return RUBRIC_LABEL.test(text) ? { inline: "" } : null;
  }
  const label = boldLabelOf(block);
  if (!label || !RUBRIC_LABEL.test(label.label)) return null;
  return { inline: plainText(label.rest) };
}

/**
 * The self-grading rubric of an answer, from its top-level blocks: the items of each list that
 * follows a bold label such as **Key Points:** or **Best Practices:** (or the label's own text,
 * as in "**In short:** …"), in order. Without any, the answer's top-level bullet items; else [].
 */
export function extractKeyPoints(blocks: readonly RootContent[]): string[] {
  const points: string[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const label = rubricLabel(blocks[i] as RootContent);
    if (!label) continue;
    const next = blocks[i + 1];
    if (next?.type === "list") {
      points.push(...listItems(next));
      i += 1;
    } else if (label.inline !== "") {
      points.push(label.inline);
    }
  }
  if (points.length > 0) return points;
  return blocks.flatMap((block) => (block.type === "list" && !block.ordered ? listItems(block) : []));
}
