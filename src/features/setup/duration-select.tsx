export interface DurationSelectProps {
  id: string;
  label: string;
  /** Current limit in seconds; null = none. */
  seconds: number | null;
  /** What "no limit" is called in the list. */
  offLabel: string;
  /** Limits offered, in minutes; a value from a link that is not among them is offered too. */
  minutes: readonly number[];
  onChange(seconds: number | null): void;
}

/** "3 min", "2 min 30 s", "45 s". */
function durationLabel(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** A time limit chosen from a short list, or none. */
export function DurationSelect({ id, label, seconds, offLabel, minutes, onChange }: DurationSelectProps) {
  const choices = minutes.map((m) => m * 60);
  if (seconds !== null && !choices.includes(seconds)) choices.push(seconds);
  choices.sort((a, b) => a - b);
  return (
    <p className="setup-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={seconds === null ? "off" : String(seconds)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === "off" ? null : Number(value));
        }}
      >
        <option value="off">{offLabel}</option>
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {durationLabel(choice)}
          </option>
        ))}
      </select>
    </p>
  );
}
