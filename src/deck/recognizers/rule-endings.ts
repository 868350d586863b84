import type { Heading, RootContent } from "mdast";
import type { DeckTree } from "./recognizer-types.ts";

/**
 * The `---` rules that end the answer above them: those followed (past noise, deck metadata and
 * further rules) by a heading `endsAnswer` accepts, or by nothing. A rule with more answer text
 * after it is a divider drawn inside the answer, and the text after it stays in that answer.
 * One pass from the end of the file.
 */
export function rulesEndingAnswers(tree: DeckTree, endsAnswer: (heading: Heading) => boolean): Set<RootContent> {
  const endings = new Set<RootContent>();
  let ends = true;
  for (let i = tree.blocks.length - 1; i >= 0; i -= 1) {
    const block = tree.blocks[i] as RootContent;
    if (block.type === "thematicBreak") {
      if (ends) endings.add(block);
      continue;
    }
    if (tree.noise.has(block) || tree.metadata.has(block)) continue;
    ends = block.type === "heading" && endsAnswer(block);
  }
  return endings;
}
