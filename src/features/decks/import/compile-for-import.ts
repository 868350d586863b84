import { compileDeck } from "../../../deck/compile-deck.ts";
import type { ImportCompilation } from "./compile-messages.ts";

/** Longer source lines are cut here in the review step (the problem names the line; this is a reminder). */
const MAX_LINE_TEXT = 240;

/** The file's text for showing lines: invalid UTF-8 as U+FFFD, NUL as a visible ␀. */
function displayText(input: string | Uint8Array): string {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  return text.replace(/\0/g, "\u2400");
}

/** The text of each of `lines` (1-based), counting LF, CRLF and CR as one break each, as the compiler does. */
export function linesOf(input: string | Uint8Array, lines: ReadonlySet<number>): Record<number, string> {
  const texts: Record<number, string> = {};
  if (lines.size === 0) return texts;
  const last = Math.max(...lines);
  const pattern = /\r\n|\r|\n/g;
  const text = displayText(input);
  let start = 0;
  for (let line = 1; line <= last; line += 1) {
    const match = pattern.exec(text);
    const end = match ? match.index : text.length;
    if (lines.has(line)) {
      const raw = text.slice(start, end).replace(/^\uFEFF/, "");
      texts[line] = raw.length > MAX_LINE_TEXT ? `${raw.slice(0, MAX_LINE_TEXT)}…` : raw;
    }
    if (!match) break;
    start = pattern.lastIndex;
  }
  return texts;
}

/**
 * Compiles a person's file in import mode, with the text of every line a problem points to. Runs
 * in the compile worker, or on the page where there are no workers (tests): never import it
 * statically from a screen, so the compiler stays out of the page's own JS.
 */
export function compileForImport(
  input: string | Uint8Array,
  file: string,
  onProgress?: (done: number, total: number) => void,
): ImportCompilation {
  const result = compileDeck(input, { file, mode: "import", ...(onProgress ? { onProgress } : {}) });
  const lineTexts = linesOf(input, new Set(result.problems.map((p) => p.line)));
  return { result, lineTexts };
}
