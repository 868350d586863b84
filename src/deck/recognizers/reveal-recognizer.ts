import type { RootContent } from "mdast";
import { summaryText } from "../details-scan.ts";
import { startLine, startOffset } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import { inlineSourceText, isAnswerSummary, readPrompt } from "../prompt-text.ts";
import { detailsAnswer } from "./details-recognizer.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";
import { sectionAfter } from "./section-tracker.ts";

/** The question a block asks, when it can ask one: a paragraph, a heading, the last item of a list. */
function askedBy(block: RootContent): { node: RootContent; text: string; line: number } | null {
  if (block.type === "paragraph" || block.type === "heading") return { node: block, text: plainText(block), line: startLine(block) };
  if (block.type === "list") {
    const item = block.children.at(-1);
    const first = item?.children[0];
    if (item && first && (first.type === "paragraph" || first.type === "heading")) return { node: block, text: plainText(first), line: startLine(first) };
  }
  return null;
}

/**
 * The reveal dialect: a question (a paragraph, a heading or a list item) followed by
 * `<details><summary>Answer</summary> … </details>` holding its answer. A question may also sit in
 * the same HTML block just before `<details>`.
 */
export const revealRecognizer: Recognizer = {
  dialect: "reveal",
  recognize(tree: DeckTree): Recognition {
    const { blocks, text, noise } = tree;
    const questions: QuestionCandidate[] = [];
    let section: SectionRef | null = null;
    let next = 0;
    /** Where the previous element ended: a question cannot reach back into it. */
    let floorIndex = 0;
    let floorOffset = 0;
    for (const element of tree.details) {
      const openBlock = blocks[element.openIndex] as RootContent;
      const summary = element.summary ? summaryText(blocks, text, element) : "";
      let asked: { node: RootContent; text: string; line: number; index: number } | null = null;
      if (element.summary && isAnswerSummary(summary)) {
        const inBlock = inlineSourceText(text.slice(Math.max(startOffset(openBlock), floorOffset), element.openOffset));
        if (inBlock !== "") {
          asked = { node: openBlock, text: inBlock, line: startLine(openBlock), index: element.openIndex };
        } else {
          let index = element.openIndex - 1;
          while (index >= floorIndex && noise.has(blocks[index] as RootContent)) index -= 1;
          const found = index >= floorIndex ? askedBy(blocks[index] as RootContent) : null;
          if (found) asked = { ...found, index };
        }
      }
      const sectionsUpTo = asked ? asked.index : element.openIndex;
      for (; next < sectionsUpTo; next += 1) section = sectionAfter(blocks[next] as RootContent, tree, section);
      next = Math.max(next, element.closeIndex + 1);
      floorIndex = element.closeIndex + 1;
      floorOffset = element.closeEnd;
      if (!asked) continue;
      questions.push({
        promptNode: asked.node,
        line: asked.line,
        ...readPrompt(asked.text),
        section,
        ...detailsAnswer(tree, element, asked.line),
        blocks: blocks.slice(asked.index, element.closeIndex + 1),
      });
    }
    return { dialect: "reveal", questions, problems: [] };
  },
};
