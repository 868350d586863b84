import type { DeckProblem } from "./deck-types.ts";

/** `file:line: error CODE: message`, the form editors and terminals link to. */
export function formatProblem(problem: DeckProblem): string {
  const severity = problem.fatal ? "error" : problem.severity;
  return `${problem.file}:${problem.line}: ${severity} ${problem.code}: ${problem.message}`;
}
