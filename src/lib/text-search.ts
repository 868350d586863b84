/**
 * Find-as-you-type over text: a query is one phrase, matched case-insensitively wherever it
 * occurs (inside words and code too: searching "instances" finds "run-instances"). Matches are
 * reported on the original text, so they can be highlighted where they are.
 */

/** A query as searched: trimmed, inner white space as one space; "" searches nothing. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/gu, " ");
}

function pattern(query: string): RegExp | undefined {
  const phrase = normalizeQuery(query);
  if (phrase === "") return undefined;
  // Any run of white space in the text matches a space of the query (answers wrap lines).
  const source = phrase
    .split(" ")
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("\\s+");
  return new RegExp(source, "giu");
}

/** Where `query` occurs in `text`: [start, end) pairs, in order, not overlapping. */
export function findMatches(text: string, query: string): [number, number][] {
  const regex = pattern(query);
  if (regex === undefined) return [];
  const found: [number, number][] = [];
  for (const match of text.matchAll(regex)) found.push([match.index, match.index + match[0].length]);
  return found;
}

/** `text` cut into runs, each saying whether it is a match (for `<mark>`ing a short text). */
export function splitByMatches(text: string, query: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of findMatches(text, query)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** What a search found in one item. */
export interface ItemHits {
  id: string;
  /** Matches in the prompt. */
  prompt: number;
  /** Matches in the answer (its Markdown source: code blocks included). */
  answer: number;
}

/** The items where `query` occurs, in their order, with match counts; every item (no hits) for "". */
export function searchItems(
  items: readonly { id: string; prompt: string; answer: string }[],
  query: string,
): { hits: ItemHits[]; total: number } {
  if (normalizeQuery(query) === "") return { hits: items.map((item) => ({ id: item.id, prompt: 0, answer: 0 })), total: 0 };
  const hits: ItemHits[] = [];
  let total = 0;
  for (const item of items) {
    const prompt = findMatches(item.prompt, query).length;
    const answer = findMatches(item.answer, query).length;
    if (prompt + answer === 0) continue;
    hits.push({ id: item.id, prompt, answer });
    total += prompt + answer;
  }
  return { hits, total };
}
