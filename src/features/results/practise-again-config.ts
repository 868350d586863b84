import type { SessionConfig } from "../../interview/session-types.ts";

/**
 * The config of a "Practise again" session: exactly the given questions, in deck order, with
 * the same decks, pace and mode. Topic and kind filters are opened up because the ids already
 * say which questions: a topic renamed in the deck since must not hide one of them.
 */
export function practiseAgainConfig(config: SessionConfig, questionIds: readonly string[]): SessionConfig {
  return {
    ...config,
    sections: null,
    kinds: ["concept", "scenario"],
    onlyQuestionIds: [...questionIds],
    count: questionIds.length,
    order: "in-order",
  };
}
