import type { QuestionKind } from "../../deck/deck-types.ts";
import { countLabel } from "../../ui/count-label.ts";
import { CountField } from "./count-field.tsx";
import type { SetupCounts } from "./setup-counts.ts";
import { KINDS } from "./setup-search.ts";

export interface QuestionFiltersProps {
  kinds: readonly QuestionKind[];
  count: number;
  counts: SetupCounts;
  onKindChange(kind: QuestionKind, ticked: boolean): void;
  onCountChange(count: number): void;
}

const KIND_LABELS: Record<QuestionKind, string> = { concept: "Concept", scenario: "Scenario" };

/** What the filters leave, said as it changes; and when more were asked for, that the session is capped. */
function availabilityText(available: number, count: number): string {
  if (available === 0) return "No questions match these choices.";
  if (count > available) {
    return `Only ${countLabel(available, "question")} ${available === 1 ? "matches" : "match"} these choices, so the session will have ${available}, not ${count}.`;
  }
  return `${countLabel(available, "question")} ${available === 1 ? "matches" : "match"} these choices.`;
}

/** The kind filter and how many questions to ask. */
export function QuestionFilters({ kinds, count, counts, onKindChange, onCountChange }: QuestionFiltersProps) {
  return (
    <>
      <fieldset className="setup-fieldset">
        <legend>Kinds of question</legend>
        <ul className="choice-list">
          {KINDS.map((kind) => (
            <li key={kind}>
              <input
                type="checkbox"
                id={`kind-${kind}`}
                checked={kinds.includes(kind)}
                onChange={(event) => onKindChange(kind, event.currentTarget.checked)}
              />
              <label htmlFor={`kind-${kind}`}>{`${KIND_LABELS[kind]} (${counts.byKind[kind]})`}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <CountField value={count} available={counts.available} describedBy="setup-available" onChange={onCountChange} />
      <p id="setup-available" className="setup-available" aria-live="polite">
        {availabilityText(counts.available, count)}
      </p>
    </>
  );
}
