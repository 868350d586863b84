import type { DeckProblem } from "../../../deck/deck-types.ts";
import { countLabel } from "../../../ui/count-label.ts";

export interface ProblemListProps {
  problems: readonly DeckProblem[];
  /** Line number → that line of the file, to show beside the problem. */
  lineTexts: Readonly<Record<number, string>>;
  /** Id for the heading, which names the list. */
  headingId: string;
}

/** "1 error and 3 warnings", "2 warnings", "No problems found". */
export function problemSummary(problems: readonly DeckProblem[]): string {
  const errors = problems.filter((p) => p.fatal || p.severity === "error").length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return "No problems found";
  if (errors === 0) return countLabel(warnings, "warning");
  if (warnings === 0) return countLabel(errors, "error");
  return `${countLabel(errors, "error")} and ${countLabel(warnings, "warning")}`;
}

/** Every problem the compiler found, in line order: where, what kind, what to do, and the line itself. */
export function ProblemList({ problems, lineTexts, headingId }: ProblemListProps) {
  return (
    <section className="import-problems" aria-labelledby={headingId}>
      <h4 id={headingId}>{problemSummary(problems)}</h4>
      {problems.length === 0 ? (
        <p>Every question was read without trouble.</p>
      ) : (
        <ol className="problem-list">
          {problems.map((problem, index) => {
            const error = problem.fatal || problem.severity === "error";
            const text = lineTexts[problem.line];
            return (
              <li key={`${problem.line}-${problem.code}-${index}`} className={error ? "problem problem--error" : "problem"}>
                <p className="problem__where">
                  <span className="problem__line">Line {problem.line}</span>{" "}
                  <span className="problem__kind">
                    {error ? "Error" : "Warning"} {problem.code}
                    {problem.fatal ? " (stops the import)" : ""}
                  </span>
                </p>
                <p className="problem__message">{problem.message}</p>
                {text === undefined ? null : (
                  <pre className="problem__source">
                    <span className="visually-hidden">The line reads: </span>
                    <code>{text === "" ? "(blank line)" : text}</code>
                  </pre>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
