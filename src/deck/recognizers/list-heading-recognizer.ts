import type { RootContent } from "mdast";
import { answerWithin } from "../answer-source.ts";
import { endOffset, startLine } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import { isProseTitle, readPrompt } from "../prompt-text.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";
import { sectionAfter } from "./section-tracker.ts";

/**
 * The list-heading dialect: a numbered list whose items start with a heading
 * (`34. ### What is …?`); the answer is the rest of the item, its indentation taken off.
 */
export const listHeadingRecognizer: Recognizer = {
  dialect: "list-heading",
  recognize(tree: DeckTree): Recognition {
    const questions: QuestionCandidate[] = [];
    let section: SectionRef | null = null;
    for (const block of tree.blocks) {
      section = sectionAfter(block, tree, section);
      if (block.type !== "list" || !block.ordered || tree.noise.has(block)) continue;
      for (const item of block.children) {
        const heading = item.children[0];
        if (heading?.type !== "heading") continue;
        const text = plainText(heading);
        if (text !== "" && isProseTitle(text)) continue;
        const rest: RootContent[] = item.children.slice(1);
        const line = startLine(heading);
        questions.push({
          promptNode: heading,
          line,
          ...readPrompt(text),
          section,
          ...answerWithin(tree, {
            start: endOffset(heading),
            end: endOffset(rest.at(-1) ?? heading),
            blocks: rest,
            line,
            // The item's content column: `34. ### Q` → 4, so `    text` reads as `text`.
            dedent: (heading.position?.start.column ?? 1) - 1,
          }),
          blocks: [heading, ...rest],
        });
      }
    }
    return { dialect: "list-heading", questions, problems: [] };
  },
};
