import type { SessionOrder } from "../../interview/session-types.ts";
import { RadioFieldset, type RadioOption } from "./radio-fieldset.tsx";

export interface OrderFieldsetProps {
  order: SessionOrder;
  /** "" until the screen has chosen one. */
  seed: string;
  onOrderChange(order: SessionOrder): void;
  onNewSeed(): void;
}

const ORDER_OPTIONS: readonly RadioOption<SessionOrder>[] = [
  { value: "shuffled", label: "Shuffled", hint: "The same seed in a link gives the same questions in the same order." },
  { value: "in-order", label: "In deck order" },
  { value: "due", label: "Due for review", hint: "Questions your review schedule says are due come first, most overdue first." },
  { value: "weakest-first", label: "Weakest first", hint: "Never practised, then lowest last grade first." },
];

/** Shuffled (with its seed on show), deck order, due for review, or weakest first. */
export function OrderFieldset({ order, seed, onOrderChange, onNewSeed }: OrderFieldsetProps) {
  return (
    <RadioFieldset legend="Order" name="order" options={ORDER_OPTIONS} value={order} onChange={onOrderChange}>
      {order === "shuffled" ? (
        <p className="setup-seed">
          <span aria-live="polite">
            Seed: <code>{seed || "…"}</code>
          </span>{" "}
          <button type="button" className="button button--secondary button--small" onClick={onNewSeed}>
            New seed
          </button>
        </p>
      ) : null}
    </RadioFieldset>
  );
}
