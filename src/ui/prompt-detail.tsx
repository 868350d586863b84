import { LazyAnswer } from "./lazy-answer.tsx";

export interface PromptDetailProps {
  /** Markdown of the rest of the question (its options, a snippet, an image). */
  markdown: string;
  /** Level of the question's heading, so headings inside sit below it. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
}

/**
 * The part of a question after its first paragraph, rendered as written — options stay a list,
 * a policy stays a code block — under the question's heading. It is part of the question, so it
 * shows before the answer is revealed.
 */
export function PromptDetail({ markdown, headingLevel = 3 }: PromptDetailProps) {
  return <LazyAnswer markdown={markdown} headingLevel={headingLevel} className="prompt-detail" />;
}
