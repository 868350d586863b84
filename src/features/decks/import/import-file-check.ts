import { ok, type Result } from "../../../lib/result.ts";

/**
 * What the import refuses before compiling anything: files over the size limit and files that are
 * not text. The compiler refuses binary content too (E001, with the line); these checks answer
 * sooner and in words about the file as a whole.
 */

/** The largest deck file the import takes: 5 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What the file picker offers; other files can still be dropped, and are checked here. */
export const IMPORT_ACCEPT = ".md,.markdown,.txt,text/markdown,text/plain";

const TEXT_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd", "mkdn", "mdx", "txt", "text"]);
const TEXT_TYPES = new Set(["application/markdown", "application/x-markdown"]);
/** How much of a file is looked at for NUL bytes, the mark of a binary file. */
const SNIFF_BYTES = 8192;

export type ImportCheck = Result<void>;

/** "840 KB", "5.2 MB": a size as people read it (1 MB = 1024 × 1024 bytes, as the limit is). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** "md" for "notes.md"; "" for "README", ".profile" or "..-notes". */
function extensionOf(name: string): string {
  return /[^.]\.([a-z0-9]{1,10})$/i.exec(name)?.[1]?.toLowerCase() ?? "";
}

function tooLarge(label: string, bytes: number): ImportCheck {
  const limit = formatFileSize(MAX_IMPORT_BYTES);
  const size = formatFileSize(bytes);
  return {
    ok: false,
    error: `${label} is ${size === limit ? `over ${limit}` : size}; Rehearse imports decks of up to ${limit}. Split it into smaller files and import each one.`,
  };
}

/**
 * Whether a chosen or dropped file may be compiled, from its name, size and type alone: a known
 * text extension or a text type passes; a file with no type passes too (the content check decides).
 */
export function checkImportFile(file: { name: string; size: number; type: string }): ImportCheck {
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(`“${file.name}”`, file.size);
  const type = file.type.toLowerCase();
  if (TEXT_EXTENSIONS.has(extensionOf(file.name)) || type === "" || type.startsWith("text/") || TEXT_TYPES.has(type)) {
    return ok(undefined);
  }
  return {
    ok: false,
    error: `“${file.name}” is not a text file (its type is ${type}). Rehearse imports decks written in Markdown or plain text: .md, .markdown or .txt files.`,
  };
}

/** Whether the start of a file holds a NUL byte: text never does, images, PDFs and archives do. */
export function checkImportContent(name: string, bytes: Uint8Array): ImportCheck {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!head.includes(0)) return ok(undefined);
  return {
    ok: false,
    error: `“${name}” is not a text file: it holds binary data, as images, PDFs and archives do. Save the deck as Markdown or plain text (UTF-8) and import that file.`,
  };
}

/** The size check for pasted text: its UTF-8 size, counted only when it could be over the limit. */
export function checkPastedText(text: string): ImportCheck {
  // Each UTF-16 unit is at most 3 bytes of UTF-8: short text cannot be over the limit.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return ok(undefined);
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_IMPORT_BYTES ? tooLarge("The pasted text", bytes) : ok(undefined);
}

/** A file name for pasted text: what the person typed, else `pasted-deck.md`; `.md` added when it has no extension. */
export function pastedFileName(name: string): string {
  const trimmed = name.trim().replace(/[\\/]/g, "-");
  if (!trimmed) return "pasted-deck.md";
  return extensionOf(trimmed) ? trimmed : `${trimmed}.md`;
}
