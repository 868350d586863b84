import { useId } from "react";

export interface ReplaceChoiceProps {
  /** How the id is taken: by a saved deck (a choice), or by a bundled one (no choice). */
  idStatus: "saved" | "bundled";
  deckId: string;
  /** Title of the saved deck with that id. */
  savedTitle: string;
  replace: boolean;
  onChange: (replace: boolean) => void;
}

/** What happens to a deck whose id is already taken: replace the saved one, or save beside it. */
export function ReplaceChoice({ idStatus, deckId, savedTitle, replace, onChange }: ReplaceChoiceProps) {
  const id = useId();
  if (idStatus === "bundled") {
    return (
      <p className="notice notice--info">
        A deck bundled with Rehearse already has the id “{deckId}”, so this one will be saved as a separate deck under a
        new id.
      </p>
    );
  }
  return (
    <fieldset className="import-fieldset">
      <legend>You already have this deck</legend>
      <ul className="import-choices">
        <li>
          <input
            id={`${id}-replace`}
            type="radio"
            name={`${id}-choice`}
            checked={replace}
            onChange={() => onChange(true)}
          />
          <label htmlFor={`${id}-replace`}>Replace “{savedTitle}” (keeps your progress)</label>
        </li>
        <li>
          <input
            id={`${id}-separate`}
            type="radio"
            name={`${id}-choice`}
            checked={!replace}
            onChange={() => onChange(false)}
          />
          <label htmlFor={`${id}-separate`}>Save as a separate deck</label>
        </li>
      </ul>
    </fieldset>
  );
}
