import type { ReactNode } from "react";

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** A line under the label, read as the option's description. */
  hint?: string;
}

export interface RadioFieldsetProps<T extends string> {
  legend: string;
  /** Form name of the radios; also prefixes their ids. */
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange(value: T): void;
  /** Shown after the options, inside the fieldset. */
  children?: ReactNode;
}

/** A labelled group of radio buttons: one choice among a few. */
export function RadioFieldset<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  children,
}: RadioFieldsetProps<T>) {
  return (
    <fieldset className="setup-fieldset">
      <legend>{legend}</legend>
      <ul className="choice-list">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.hint ? (
                <span id={`${id}-hint`} className="choice-list__hint">
                  {option.hint}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {children}
    </fieldset>
  );
}
