import type { RootContent } from "mdast";
import { unwrapAnswer } from "./html-wrappers.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { plainText } from "./plain-text.ts";
import { inlineSourceText, numberingLength, readPrompt, type PromptText } from "./prompt-text.ts";

/** A question read from Markdown that may be more than one line: its text, and what follows it. */
export interface RichPrompt extends PromptText {
  /**
   * Markdown of the rest of the question, when it is more than one paragraph (options as a list,
   * a policy as a code block, an image): shown under the question, never flattened into it.
   */
  detail?: string;
}

/** Whether a block is only a line of question text (nothing a reader would lose if it were flattened). */
function isTextLine(block: RootContent): boolean {
  if (block.type !== "paragraph" && block.type !== "html") return false;
  return !(block.type === "paragraph" && block.children.some((child) => child.type === "image" || child.type === "imageReference"));
}

/**
 * Reads a question written as Markdown source (the inside of a `<summary>` that holds a blank
 * line, a list, a code block or an image). The question's text is its first paragraph (numbering
 * read as in `readPrompt`); the rest is kept as Markdown in `detail`. A question that is one
 * paragraph of text reads exactly as `readPrompt` of its flattened text.
 */
export function readRichPrompt(source: string, flattened: string): RichPrompt {
  const body = unwrapAnswer(source.trim());
  // `6. Which of these…?` at the start of a line would read as a list that starts at 6.
  const numbering = numberingLength(body);
  const rest = body.slice(numbering);
  const blocks = parseMarkdown(rest).children;
  const [first] = blocks;
  if (!first || (blocks.length === 1 && isTextLine(first))) return readPrompt(flattened);
  // The question's text: its first paragraph or heading (`### 1. Which…?`), numbering read from it.
  const lead =
    first.type === "paragraph" || first.type === "heading" ? plainText(first) : first.type === "html" ? inlineSourceText(first.value) : "";
  const result: RichPrompt = lead !== "" ? readPrompt(body.slice(0, numbering) + lead) : readPrompt(flattened);
  const detail = rest.slice(lead !== "" ? (first.position?.end.offset ?? 0) : 0).trim();
  if (detail !== "") result.detail = detail;
  return result;
}
