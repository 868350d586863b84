import { answerTerms, type AnswerTerm } from "../lib/answer-terms.ts";

/** A span of text that matched, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** How well an answer covers one key point. */
export interface KeyPointCoverage {
  /** Index into the question's key points. */
  index: number;
  /** Judged covered: pre-ticked, for the person to confirm or untick. */
  covered: boolean;
  /** Share of the key point's weighted terms found in the answer, 0–1. */
  score: number;
  /** Where the matched terms sit in the key point's own text. */
  pointSpans: TextSpan[];
  /** Where the evidence sits in the answer text. */
  answerSpans: TextSpan[];
}

/**
 * Share of a key point's weight that must be found. With two equal terms both are needed; with
 * three, two; with five, three: a paraphrase keeps most of the content words, a sentence about
 * something else shares one at most. Measured on the bundled deck (tests/unit/key-point-coverage).
 */
export const COVERED_THRESHOLD = 0.6;

function distinctTerms(terms: readonly AnswerTerm[]): Map<string, AnswerTerm[]> {
  const byTerm = new Map<string, AnswerTerm[]>();
  for (const t of terms) byTerm.set(t.term, [...(byTerm.get(t.term) ?? []), t]);
  return byTerm;
}

function spans(terms: readonly AnswerTerm[]): TextSpan[] {
  return terms.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
}

/**
 * Matches an answer (notes and transcript together) against a question's key points, offline.
 * A key point whose weighted content terms are found in the answer at `COVERED_THRESHOLD` or more
 * is judged covered. Pure: the same text always gives the same judgement.
 */
export function matchKeyPoints(keyPoints: readonly string[], answer: string): KeyPointCoverage[] {
  const found = distinctTerms(answerTerms(answer));
  return keyPoints.map((point, index) => {
    const wanted = distinctTerms(answerTerms(point));
    let total = 0;
    let matched = 0;
    const pointHits: AnswerTerm[] = [];
    const answerHits: AnswerTerm[] = [];
    for (const [term, occurrences] of wanted) {
      const weight = Math.max(...occurrences.map((t) => t.weight));
      total += weight;
      const evidence = found.get(term);
      if (evidence === undefined) continue;
      matched += weight;
      pointHits.push(...occurrences);
      answerHits.push(...evidence);
    }
    const score = total === 0 ? 0 : matched / total;
    return {
      index,
      covered: total > 0 && score >= COVERED_THRESHOLD,
      score,
      pointSpans: spans(pointHits),
      answerSpans: spans(answerHits),
    };
  });
}

/** The indices of the key points judged covered, ascending. */
export function coveredIndices(coverage: readonly KeyPointCoverage[]): number[] {
  return coverage.filter((c) => c.covered).map((c) => c.index);
}

/** `text` cut into plain and matched pieces, for highlighting evidence. Overlapping spans merge. */
export function splitBySpans(text: string, marks: readonly TextSpan[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const span of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
