import { lazy, Suspense, useState } from "react";
import type * as AnswerMarkdownModule from "./answer-markdown.tsx";
import type { AnswerMarkdownProps } from "./answer-markdown.tsx";
import "./answer.css";

type RendererModule = typeof AnswerMarkdownModule;

let rendererLoad: Promise<RendererModule> | undefined;
/** Set once the chunk has arrived, so later answers can render without suspending. */
let loadedRenderer: RendererModule | undefined;

/**
 * Starts loading the Markdown renderer and highlighter (their own chunk) without waiting for it.
 * Call it when an answer is likely to be needed soon: once it has arrived, a newly mounted
 * `LazyAnswer` renders in the same frame, with no fallback. Safe to call often; a failed load is
 * retried on the next call.
 */
export function prefetchAnswerRenderer(): Promise<RendererModule> {
  rendererLoad ??= import("./answer-markdown.tsx").then(
    (module) => {
      loadedRenderer = module;
      return module;
    },
    (error: unknown) => {
      rendererLoad = undefined;
      throw error;
    },
  );
  return rendererLoad;
}

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
  const [Renderer] = useState(() => loadedRenderer?.AnswerMarkdown ?? LazyAnswerMarkdown);
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
