import { SESSION_ORDERS, type SessionOrder } from "../../interview/session-orders.ts";
import { RadioFieldset, type RadioOption } from "./radio-fieldset.tsx";

export interface OrderFieldsetProps {
  order: SessionOrder;
  /** "" until the screen has chosen one. */
  seed: string;
  onOrderChange(order: SessionOrder): void;
  onNewSeed(): void;
}

/** What each order is called and how it works, for every order there is. */
const ORDER_TEXT: Record<SessionOrder, Omit<RadioOption<SessionOrder>, "value">> = {
  shuffled: { label: "Shuffled", hint: "The same seed in a link gives the same questions in the same order." },
  "in-order": { label: "In deck order" },
  due: { label: "Due for review", hint: "Questions your review schedule says are due come first, most overdue first." },
  "weakest-first": { label: "Weakest first", hint: "Never practised, then lowest last grade first." },
};

const ORDER_OPTIONS: readonly RadioOption<SessionOrder>[] = SESSION_ORDERS.map((value) => ({ value, ...ORDER_TEXT[value] }));

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
