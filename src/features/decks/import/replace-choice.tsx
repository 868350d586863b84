import { useId } from "react";

export interface ReplaceChoiceProps {
  /** How the id is taken: by a saved deck (a choice), or by a bundled one (no choice). */
  idStatus: "saved" | "bundled";
  deckId: string;
  /** Title of the saved deck with that id. */
  savedTitle: string;
  /** Whether this looks like a new version of that deck (a re-import, or the same title). */
  sameDeck: boolean;
  replace: boolean;
  onChange: (replace: boolean) => void;
}

/** What happens to a deck whose id is already taken: replace the saved one, or save beside it. */
export function ReplaceChoice({ idStatus, deckId, savedTitle, sameDeck, replace, onChange }: ReplaceChoiceProps) {
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
      <legend>{sameDeck ? "You already have this deck" : `You already have a deck with the id “${deckId}”`}</legend>
      {sameDeck ? null : (
        <p className="meta">
          The id comes from the file name. If this is a different deck, save it as a separate deck; replacing overwrites
          “{savedTitle}”.
        </p>
      )}
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
