import type { TextSpan } from "../../../interview/key-point-coverage.ts";

/** Characters of context kept on each side of the evidence. */
const CONTEXT = 30;

/**
 * The stretch of the answer that holds the evidence for one key point, with a little context,
 * and the evidence spans moved into it; "…" marks cut ends. Long stretches keep their ends.
 */
export function evidenceSnippet(answer: string, spans: readonly TextSpan[]): { text: string; spans: TextSpan[] } | null {
  if (spans.length === 0) return null;
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  let from = Math.max(0, first - CONTEXT);
  let to = Math.min(answer.length, last + CONTEXT);
  // Start and end on word boundaries rather than inside a word.
  while (from > 0 && /\S/.test(answer[from - 1] ?? "")) from -= 1;
  while (to < answer.length && /\S/.test(answer[to] ?? "")) to += 1;
  const head = from > 0 ? "…" : "";
  const body = answer.slice(from, to).replace(/\s+/g, " ");
  // Whitespace runs were folded: recompute offsets by mapping each span through the same folding.
  const fold = (offset: number) => head.length + answer.slice(from, offset).replace(/\s+/g, " ").length;
  return {
    text: `${head}${body}${to < answer.length ? "…" : ""}`,
    spans: spans.map((s) => ({ start: fold(s.start), end: fold(s.end) })),
  };
}
