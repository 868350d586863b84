import { DEFAULT_PER_QUESTION_SECONDS, type SessionConfig, type SessionOrder } from "./session-types.ts";

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
 * setup's defaults (pace, mode, kinds: what `configFromSearch({})` gives, which a unit test holds
 * this to) with the given decks, topics, questions, order and count. Named questions open up the
 * topic and kind filters: the ids already say which. Written out rather than read from
 * setup-search.ts: importing that from the history and deck pages would split part of the setup
 * page's first-paint code into a file of its own.
 */
export function focusedConfig(focus: PracticeFocus): SessionConfig {
  const config: SessionConfig = {
    deckIds: [...new Set(focus.deckIds)],
    sections: focus.questionIds === undefined && focus.sections ? [...focus.sections] : null,
    kinds: ["concept", "scenario"],
    count: Math.max(1, focus.count),
    order: focus.order,
    seed: "",
    perQuestionSeconds: { ...DEFAULT_PER_QUESTION_SECONDS },
    totalSeconds: null,
    onTimeUp: "overrun",
    mode: "practice",
  };
  if (focus.questionIds !== undefined) config.onlyQuestionIds = [...focus.questionIds];
  return config;
}

/** The deck a question id belongs to (ids are `<deck>/<slug>`). */
export function deckOfQuestion(questionId: string): string {
  const slash = questionId.indexOf("/");
  return slash === -1 ? questionId : questionId.slice(0, slash);
}
