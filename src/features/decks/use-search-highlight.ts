import { useEffect, type RefObject } from "react";
import { findMatches, normalizeQuery } from "../../lib/text-search.ts";

const HIGHLIGHT = "deck-search";

/** The CSS Custom Highlight API where the browser has it (Chromium, Safari 17.2+, Firefox 140+). */
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
function highlightApi(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | undefined {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : undefined;
}

/** Ranges of the matches of `query` in the text under `root`, across element boundaries (code tokens). */
function matchRanges(root: Element, query: string): Range[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const locate = (offset: number, end: boolean): [Text, number] => {
    // The last node starting before (or, for an end, at) the offset.
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) < offset || (!end && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo] as Text, offset - (starts[lo] as number)];
  };
  return findMatches(text, query).map(([start, end]) => {
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(end, true));
    return range;
  });
}

/**
 * Highlights the matches of `query` inside the answers under `container` (elements matching
 * `selector`) without touching their DOM: rendered Markdown and highlighted code keep their
 * structure. Re-run as answers render (they load lazily) or open. Browsers without the API show
 * the hit counts and the marked prompts only.
 */
export function useSearchHighlight(container: RefObject<HTMLElement | null>, selector: string, query: string) {
  useEffect(() => {
    const api = highlightApi();
    const root = container.current;
    if (api === undefined || root === null) return undefined;
    const phrase = normalizeQuery(query);
    if (phrase === "") {
      api.registry.delete(HIGHLIGHT);
      return undefined;
    }
    let frame = 0;
    const paint = () => {
      frame = 0;
      const ranges = [...root.querySelectorAll(selector)].flatMap((element) => matchRanges(element, phrase));
      api.registry.set(HIGHLIGHT, new api.Highlight(...ranges));
    };
    paint();
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
      api.registry.delete(HIGHLIGHT);
    };
  }, [container, selector, query]);
}
