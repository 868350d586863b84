import { lazy, Suspense, useState } from "react";
import type { AnswerMarkdownProps } from "./answer-markdown.tsx";
import { loadedAnswerRenderer, prefetchAnswerRenderer } from "./answer-renderer.ts";
import "./answer.css";

const LazyAnswerMarkdown = lazy(() =>
  prefetchAnswerRenderer().then((module) => ({ default: module.AnswerMarkdown })),
);

/**
 * A model answer, rendered by the lazily loaded renderer. Until that has arrived the Markdown
 * source is shown as plain, wrapped text, so the words are readable straight away.
 */
export function LazyAnswer(props: AnswerMarkdownProps) {
  // Chosen once per mount, so the rendered answer is never swapped for a remount: React.lazy
  // always suspends on its first render, even when the chunk is already here, so a prefetched
  // renderer is used directly.
  const [Renderer] = useState(() => loadedAnswerRenderer()?.AnswerMarkdown ?? LazyAnswerMarkdown);
  return (
    <Suspense
      fallback={
        <div className={`${props.className ?? "answer"} answer--source`} aria-busy="true">
          {props.markdown}
        </div>
      }
    >
      <Renderer {...props} />
    </Suspense>
  );
}
