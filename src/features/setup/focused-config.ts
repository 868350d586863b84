import type { DeckSummary } from "../../deck/deck-types.ts";
import type { SessionConfig, SessionOrder } from "../../interview/session-types.ts";
import { configFromSearch } from "./setup-search.ts";

/** What a "Practise …" shortcut outside setup asks for; pace and mode stay setup's defaults. */
export interface PracticeFocus {
  /** Decks to draw from (a deck no longer there simply gives no questions). */
  deckIds: readonly string[];
  /** Topics; `null` or absent = every topic of those decks. */
  sections?: readonly string[] | null;
  /** Exactly these questions (a question, the due ones); absent = no restriction. */
  questionIds?: readonly string[];
  order: Extract<SessionOrder, "in-order" | "due" | "weakest-first">;
  count: number;
}

/**
 * The session config of a shortcut such as "Practise due now" or "Practise this question":
 * setup's defaults (pace, mode, kinds) with the given decks, topics, questions, order and count.
 * Named questions open up the topic and kind filters: the ids already say which.
 */
export function focusedConfig(focus: PracticeFocus, catalog: readonly DeckSummary[]): SessionConfig {
  const base = configFromSearch({}, catalog);
  const config: SessionConfig = {
    ...base,
    deckIds: [...new Set(focus.deckIds)],
    sections: focus.questionIds === undefined && focus.sections ? [...focus.sections] : null,
    order: focus.order,
    count: Math.max(1, focus.count),
  };
  if (focus.questionIds !== undefined) config.onlyQuestionIds = [...focus.questionIds];
  return config;
}

/** The deck a question id belongs to (ids are `<deck>/<slug>`). */
export function deckOfQuestion(questionId: string): string {
  const slash = questionId.indexOf("/");
  return slash === -1 ? questionId : questionId.slice(0, slash);
}
