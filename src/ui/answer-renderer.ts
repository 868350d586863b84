import { lazyModule } from "../lib/lazy-module.ts";
import type * as AnswerMarkdownModule from "./answer-markdown.tsx";

/**
 * Loading the Markdown renderer and highlighter (their own chunk). Apart from `LazyAnswer` so that
 * a route's loader can start the download without putting the component, its CSS and React.lazy
 * into the app's entry.
 */
export type RendererModule = typeof AnswerMarkdownModule;

const renderer = lazyModule<RendererModule>(() => import("./answer-markdown.tsx"));

/**
 * Starts loading the renderer without waiting for it. Call it when an answer is likely to be
 * needed soon: once it has arrived, a newly mounted `LazyAnswer` renders in the same frame, with
 * no fallback. Safe to call often; a failed load is retried on the next call.
 */
export function prefetchAnswerRenderer(): Promise<RendererModule> {
  return renderer.load();
}

/** The renderer, once it has arrived; undefined before. */
export function loadedAnswerRenderer(): RendererModule | undefined {
  return renderer.loaded();
}
