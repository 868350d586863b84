/** A half-open range of source offsets. */
export interface SourceRange {
  start: number;
  end: number;
}

/** Index of the first range in `ranges` (sorted, apart) that ends after `offset`. */
function firstEndingAfter(ranges: readonly SourceRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ranges[mid] as SourceRange).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `text.slice(start, end)` without the parts inside `cuts` (sorted, apart) or `extra` (any order,
 * few). Only the cuts that meet the range are visited, so slicing every answer of a file stays
 * linear in its size.
 */
export function sliceWithoutCuts(
  text: string,
  cuts: readonly SourceRange[],
  start: number,
  end: number,
  extra: readonly SourceRange[] = [],
): string {
  if (end <= start) return "";
  const inside: SourceRange[] = [];
  for (let i = firstEndingAfter(cuts, start); i < cuts.length; i += 1) {
    const cut = cuts[i] as SourceRange;
    if (cut.start >= end) break;
    inside.push(cut);
  }
  for (const cut of extra) if (cut.end > start && cut.start < end) inside.push(cut);
  if (inside.length === 0) return text.slice(start, end);
  if (extra.length > 0) inside.sort((a, b) => a.start - b.start);
  let out = "";
  let at = start;
  for (const cut of inside) {
    if (cut.start > at) out += text.slice(at, Math.min(cut.start, end));
    at = Math.max(at, cut.end);
    // A block cut out between blank lines leaves one blank line, not three.
    if (out === "" || out.endsWith("\n\n")) while (at < end && text.charCodeAt(at) === 10) at += 1;
    if (at >= end) break;
  }
  if (at < end) out += text.slice(at, end);
  return out;
}

/** Whether `text` between `start` and `end`, cuts left out, is only white space. */
export function isBlankBetween(text: string, cuts: readonly SourceRange[], start: number, end: number): boolean {
  return sliceWithoutCuts(text, cuts, start, end).trim() === "";
}

/** 1-based line of `offset` in `text`, counting from a known `line` at `from` (LF line endings). */
export function lineAfter(text: string, from: number, line: number, offset: number): number {
  let result = line;
  for (let i = text.indexOf("\n", from); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) result += 1;
  return result;
}
