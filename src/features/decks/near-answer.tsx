import type { AnswerMarkdownProps } from "../../ui/answer-markdown.tsx";
import { LazyAnswer } from "../../ui/lazy-answer.tsx";
import { useNearViewport } from "./use-near-viewport.ts";

export interface NearAnswerProps {
  markdown: string;
  headingLevel: AnswerMarkdownProps["headingLevel"];
}

/**
 * An opened answer on the deck page, rendered (Markdown, highlighted code) once it is near the
 * viewport: rendering a whole deck's answers at once ("Expand all") kept a phone busy for a
 * second. Until then it shows as its Markdown source, so every word is on the page (and found by
 * the browser's search).
 */
export function NearAnswer({ markdown, headingLevel }: NearAnswerProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="deck-question__answer">
      {near ? <LazyAnswer markdown={markdown} headingLevel={headingLevel} /> : <div className="answer answer--source">{markdown}</div>}
    </div>
  );
}
