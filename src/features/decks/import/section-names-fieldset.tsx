import { useId } from "react";
import type { SectionSummary } from "../../../deck/deck-types.ts";
import { countLabel } from "../../../ui/count-label.ts";

export interface SectionNamesFieldsetProps {
  sections: readonly SectionSummary[];
  /** Original title → the name typed for it (a Map: a section may be called `constructor`). */
  names: ReadonlyMap<string, string>;
  onChange: (original: string, name: string) => void;
}

/** Every section (topic) of the deck with its question count, each name editable. */
export function SectionNamesFieldset({ sections, names, onChange }: SectionNamesFieldsetProps) {
  const id = useId();
  return (
    <fieldset className="import-fieldset">
      <legend>Sections</legend>
      <p className="meta">Topics to pick from when you practise. Rename any of them; giving two the same name merges them.</p>
      <ol className="section-names">
        {sections.map((section, index) => (
          <li key={section.title}>
            <label htmlFor={`${id}-${index}`} className="field-label">
              Section {index + 1} ({countLabel(section.count, "question")})
            </label>
            <input
              id={`${id}-${index}`}
              className="text-input"
              type="text"
              value={names.get(section.title) ?? section.title}
              autoComplete="off"
              onChange={(event) => onChange(section.title, event.currentTarget.value)}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
