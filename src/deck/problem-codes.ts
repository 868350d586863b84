import type { CompileMode, DeckProblem } from "./deck-types.ts";

/** What a problem code means for a file in each mode. */
type Treatment = "error" | "fatal" | "warning" | "ignore";

/**
 * The problem codes of DECK-FORMAT.md and how each mode treats them. Strict mode (bundled decks)
 * fails on any error; import mode (a person's own file) refuses the file only on a fatal one.
 */
const TREATMENT: Record<string, { strict: Treatment; import: Treatment }> = {
  E000: { strict: "error", import: "fatal" },
  E001: { strict: "error", import: "fatal" },
  E002: { strict: "error", import: "fatal" },
  E012: { strict: "error", import: "fatal" },
  E013: { strict: "error", import: "warning" },
  E020: { strict: "error", import: "ignore" },
  E021: { strict: "error", import: "warning" },
  E022: { strict: "error", import: "warning" },
  E030: { strict: "error", import: "warning" },
  E040: { strict: "error", import: "ignore" },
  E050: { strict: "error", import: "fatal" },
};

/** A problem before the mode decides its severity. */
export interface RawProblem {
  code: string;
  line: number;
  message: string;
}

/** Gives each raw problem its severity for `mode`, drops what the mode ignores, sorts by line. */
export function finalizeProblems(raw: readonly RawProblem[], file: string, mode: CompileMode): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const p of raw) {
    const treatment = TREATMENT[p.code]?.[mode] ?? "warning";
    if (treatment === "ignore") continue;
    const problem: DeckProblem = {
      file,
      line: p.line,
      severity: treatment === "warning" ? "warning" : "error",
      code: p.code,
      message: p.message,
    };
    if (treatment === "fatal") problem.fatal = true;
    problems.push(problem);
  }
  // Stable sort: problems on one line keep the order they were found in.
  return problems.sort((a, b) => a.line - b.line);
}

/** Whether the problems refuse the deck in `mode`: any error when strict, a fatal one on import. */
export function refusesDeck(problems: readonly DeckProblem[], mode: CompileMode): boolean {
  return problems.some((p) => (mode === "strict" ? p.severity === "error" : p.fatal === true));
}
