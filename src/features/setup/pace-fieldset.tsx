import type { SessionConfig, TimeUpBehaviour, TotalTimeUpBehaviour } from "../../interview/session-types.ts";
import { DurationSelect } from "./duration-select.tsx";
import { RadioFieldset, type RadioOption } from "./radio-fieldset.tsx";

export interface PaceFieldsetProps {
  config: SessionConfig;
  onChange(patch: Partial<SessionConfig>): void;
}

const PER_QUESTION_MINUTES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30];
const TOTAL_MINUTES = [10, 15, 20, 30, 45, 60, 90, 120];

const TIME_UP_OPTIONS: readonly RadioOption<TimeUpBehaviour>[] = [
  { value: "overrun", label: "Keep going", hint: "The clock shows how far over you are." },
  { value: "reveal", label: "Reveal the answer" },
];

const TOTAL_TIME_UP_OPTIONS: readonly RadioOption<TotalTimeUpBehaviour>[] = [
  { value: "overrun", label: "Keep going", hint: "The session clock shows how far over you are." },
  { value: "end", label: "End the session", hint: "Results open; questions not graded by then count as not answered." },
];

/** Time limits per question (by kind) and for the whole session, and what happens at time-up. */
export function PaceFieldset({ config, onChange }: PaceFieldsetProps) {
  const perQuestion = config.perQuestionSeconds;
  return (
    <fieldset className="setup-fieldset">
      <legend>Pace</legend>
      <DurationSelect
        id="pace-concept"
        label="Time per concept question"
        seconds={perQuestion.concept}
        offLabel="No limit"
        minutes={PER_QUESTION_MINUTES}
        onChange={(concept) => onChange({ perQuestionSeconds: { ...perQuestion, concept } })}
      />
      <DurationSelect
        id="pace-scenario"
        label="Time per scenario question"
        seconds={perQuestion.scenario}
        offLabel="No limit"
        minutes={PER_QUESTION_MINUTES}
        onChange={(scenario) => onChange({ perQuestionSeconds: { ...perQuestion, scenario } })}
      />
      <DurationSelect
        id="pace-total"
        label="Time for the whole session"
        seconds={config.totalSeconds}
        offLabel="No total limit"
        minutes={TOTAL_MINUTES}
        onChange={(totalSeconds) => onChange({ totalSeconds })}
      />
      {config.totalSeconds === null ? null : (
        <RadioFieldset
          legend="When the session time is up"
          name="on-total-time-up"
          options={TOTAL_TIME_UP_OPTIONS}
          value={config.onTotalTimeUp ?? "overrun"}
          onChange={(onTotalTimeUp) => onChange({ onTotalTimeUp })}
        />
      )}
      <RadioFieldset
        legend="When a question's time is up"
        name="on-time-up"
        options={TIME_UP_OPTIONS}
        value={config.onTimeUp}
        onChange={(onTimeUp) => onChange({ onTimeUp })}
      />
    </fieldset>
  );
}
