import type { CompileResult } from "../../../deck/deck-types.ts";

/** A compiled import and, for each line a problem names, that line's text as the file has it. */
export interface ImportCompilation {
  result: CompileResult;
  /** Line number → the text of that line (trimmed to a readable length). */
  lineTexts: Record<number, string>;
}

/** What the page asks the compile worker to do. */
export interface CompileRequest {
  input: string | Uint8Array;
  /** The file name: named in problems, and its stem becomes the deck id. */
  file: string;
}

/**
 * What the compile worker sends: "ready" once its code has loaded (the page then sends the file),
 * progress as it goes, then one result or one failure.
 */
export type CompileReply =
  | { type: "ready" }
  | { type: "progress"; done: number; total: number }
  | { type: "compiled"; compilation: ImportCompilation }
  | { type: "failed"; message: string };
