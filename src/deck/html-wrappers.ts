/**
 * HTML that wraps a whole answer (`<b>…</b>`, `<p align="center">…</p>`, `<div>…</div>`), as files
 * written for GitHub's `<details>` often have: unwrapped, so the answer's own Markdown (a list, a
 * code block) is read and shown as such, and its key points can be drawn.
 */

const WRAPPER_OPEN = /^<(p|div|span|b|strong|center)\b[^<>]*>/i;
const WRAPPER_CLOSE = /<\/(p|div|span|b|strong|center)\s*>$/i;
const EDGE_BREAKS = /^(?:<br\s*\/?>\s*)+|(?:\s*<br\s*\/?>)+$/gi;

/** The offset just after the tag that closes the element opened at the start of `source`, or -1. */
function matchingCloseEnd(source: string, name: string): number {
  const tags = new RegExp(`<(/?)${name}\\b[^<>]*>`, "gi");
  let depth = 0;
  for (const match of source.matchAll(tags)) {
    if (match[0].endsWith("/>")) continue;
    depth += match[1] === "/" ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

function count(source: string, pattern: RegExp): number {
  return source.match(pattern)?.length ?? 0;
}

/**
 * `answer` without the wrapper elements around all of it, and without an opening or closing
 * wrapper tag left dangling at its edges (its partner outside the answer). A wrapper that closes
 * before the end of the answer wraps only part of it and stays, with both its tags.
 */
export function unwrapAnswer(answer: string): string {
  let rest = answer.trim();
  for (;;) {
    const before = rest;
    rest = rest.replace(EDGE_BREAKS, "").trim();
    const open = WRAPPER_OPEN.exec(rest);
    if (open) {
      const name = (open[1] as string).toLowerCase();
      const closeEnd = matchingCloseEnd(rest, name);
      const closes = new RegExp(`</${name}\\s*>`, "gi");
      if (closeEnd === rest.length) {
        rest = rest.slice(open[0].length, rest.lastIndexOf("<", closeEnd - 1)).trim();
      } else if (closeEnd === -1 && count(rest, closes) === 0) {
        // Opened here, closed after the answer (or never): the tag alone is the wrapper's.
        rest = rest.slice(open[0].length).trim();
      }
    }
    const close = WRAPPER_CLOSE.exec(rest);
    if (close) {
      const name = (close[1] as string).toLowerCase();
      const opens = count(rest, new RegExp(`<${name}\\b[^<>]*>`, "gi"));
      const closes = count(rest, new RegExp(`</${name}\\s*>`, "gi"));
      // More closing tags than opening ones: the last closes an element opened before the answer.
      if (closes > opens) rest = rest.slice(0, close.index).trim();
    }
    if (rest === before) return rest;
  }
}
