import { err, ok, type Result } from "../lib/result.ts";
import type { RawProblem } from "./problem-codes.ts";

/** The text of a deck ready for the Markdown parser: line numbers are those of the original file. */
export interface DeckSource {
  /** LF line endings, BOM dropped, front matter lines blanked out (so lines still match the file). */
  text: string;
  /** The YAML between the front matter fences, or null when the file has none. */
  frontMatter: { yaml: string; firstLine: number } | null;
}

/** The source, or the one problem (E001, E002) that stops the deck from being read. */
export type ReadSourceResult = Result<DeckSource, RawProblem>;

const NOT_TEXT_ADVICE = "a deck must be a Markdown text file saved as UTF-8";

/** 1-based line of `index` in `text`, counting LF, CRLF and CR as one line break each. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line += 1;
  }
  return line;
}

/** Line of the first byte sequence that is not UTF-8 (line breaks never sit inside a sequence). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    const b = i < bytes.length ? bytes[i] : 10;
    if (b !== 10 && b !== 13) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    if (b === 13 && bytes[i + 1] === 10) i += 1;
    start = i + 1;
    line += 1;
  }
  return 1;
}

function decode(input: string | Uint8Array): Result<string, RawProblem> {
  if (typeof input === "string") return ok(input);
  try {
    // The decoder drops a leading BOM itself.
    return ok(new TextDecoder("utf-8", { fatal: true }).decode(input));
  } catch {
    const line = firstInvalidUtf8Line(input);
    return err({
      code: "E001",
      line,
      message: `not a text file: line ${line} holds bytes that are not UTF-8; ${NOT_TEXT_ADVICE}`,
    });
  }
}

/** A front matter fence: `---` alone on its line (trailing blanks allowed). */
function isFence(line: string): boolean {
  return line.trimEnd() === "---";
}

/**
 * Decodes a deck file, refuses binary content (E001), normalises line endings and splits off
 * YAML front matter (E002 when it is never closed). Never throws.
 */
export function readSource(input: string | Uint8Array): ReadSourceResult {
  const decoded = decode(input);
  if (!decoded.ok) return decoded;
  let raw = decoded.value;
  const nul = raw.indexOf("\0");
  if (nul !== -1) {
    const line = lineAt(raw, nul);
    return err({
      code: "E001",
      line,
      message: `not a text file: line ${line} holds a NUL byte, as binary files do; ${NOT_TEXT_ADVICE}`,
    });
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  // CRLF and lone CR become LF: one break stays one break, so line numbers do not move.
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;

  const firstBreak = text.indexOf("\n");
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!isFence(firstLine)) return ok({ text, frontMatter: null });

  // Front matter: find the closing fence line by line (YAML, not Markdown, lives here).
  let lineStart = firstBreak === -1 ? text.length : firstBreak + 1;
  let lineNumber = 2;
  while (lineStart < text.length) {
    const end = text.indexOf("\n", lineStart);
    const lineEnd = end === -1 ? text.length : end;
    if (isFence(text.slice(lineStart, lineEnd))) {
      const yaml = text.slice(firstLine.length + 1, lineStart);
      // Blank the front matter instead of cutting it, so the parser's lines are the file's lines.
      const rest = end === -1 ? "" : text.slice(end);
      return ok({ text: "\n".repeat(lineNumber - 1) + rest, frontMatter: { yaml, firstLine: 2 } });
    }
    lineStart = lineEnd + 1;
    lineNumber += 1;
  }
  return err({
    code: "E002",
    line: 1,
    message:
      "the front matter that starts at line 1 is never closed: add a line with only `---` after its last key, or remove the first `---` line",
  });
}
