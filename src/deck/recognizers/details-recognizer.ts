import type { RootContent } from "mdast";
import { answerWithin } from "../answer-source.ts";
import { summaryText, type DetailsElement } from "../details-scan.ts";
import { endOffset, startOffset } from "../node-position.ts";
import { isAnswerSummary, readPrompt } from "../prompt-text.ts";
import { readRichPrompt, type RichPrompt } from "../rich-prompt.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";
import { sectionAfter } from "./section-tracker.ts";

/** The top-level blocks of a details element that lie wholly inside its body. */
export function bodyBlocks(tree: DeckTree, element: DetailsElement): RootContent[] {
  const end = element.closeStart ?? tree.text.length;
  const inside: RootContent[] = [];
  for (let i = element.openIndex; i <= element.closeIndex; i += 1) {
    const block = tree.blocks[i] as RootContent;
    if (startOffset(block) >= element.bodyStart && endOffset(block) <= end) inside.push(block);
  }
  return inside;
}

/** The answer of a details element: its body, after the summary, up to `</details>`. */
export function detailsAnswer(tree: DeckTree, element: DetailsElement, line: number) {
  return answerWithin(tree, {
    start: element.bodyStart,
    end: element.closeStart ?? tree.text.length,
    blocks: bodyBlocks(tree, element),
    line,
  });
}

/**
 * The details dialect: `<details><summary>Question</summary> answer </details>`, the answer being
 * the element's body (Markdown between HTML blocks, or the text of a one-block element). A summary
 * that only says "Answer" or "Show answer" belongs to the reveal dialect instead. A summary over
 * several blocks (a blank line, a list, a code block, an image) is still one question: its first
 * paragraph is the question's text, the rest its `promptDetail`.
 */
export const detailsRecognizer: Recognizer = {
  dialect: "details",
  recognize(tree: DeckTree): Recognition {
    const { blocks, text } = tree;
    const questions: QuestionCandidate[] = [];
    let section: SectionRef | null = null;
    let next = 0;
    for (const element of tree.details) {
      for (; next < element.openIndex; next += 1) section = sectionAfter(blocks[next] as RootContent, tree, section);
      next = Math.max(next, element.closeIndex + 1);
      if (!element.summary) continue;
      const summary = summaryText(blocks, text, element);
      if (isAnswerSummary(summary)) continue;
      const line = element.summary.line;
      const source = text.slice(element.summary.start, element.summary.end);
      // A summary over several lines may hold a list, code or an image: the question keeps them.
      const { detail, ...prompt }: RichPrompt = source.trim().includes("\n") ? readRichPrompt(source, summary) : readPrompt(summary);
      questions.push({
        promptNode: blocks[element.openIndex] as RootContent,
        line,
        ...prompt,
        ...(detail ? { promptDetail: detail } : {}),
        section,
        ...detailsAnswer(tree, element, line),
        blocks: blocks.slice(element.openIndex, element.closeIndex + 1),
      });
    }
    return { dialect: "details", questions, problems: [] };
  },
};
