import type { DeckSummary, QuestionKind } from "../../deck/deck-types.ts";
import type { SessionConfig } from "../../interview/session-types.ts";

/** What the current choices leave, from the deck summaries (no question bodies needed). */
export interface SetupCounts {
  /** Questions in the chosen decks and topics, by kind (before the kind filter). */
  byKind: Record<QuestionKind, number>;
  /** Questions the whole filter leaves: what "Questions" can go up to. */
  available: number;
}

export function countQuestions(config: SessionConfig, catalog: readonly DeckSummary[]): SetupCounts {
  const byKind: Record<QuestionKind, number> = { concept: 0, scenario: 0 };
  for (const deck of catalog) {
    if (!config.deckIds.includes(deck.id)) continue;
    for (const section of deck.sections) {
      if (config.sections !== null && !config.sections.includes(section.title)) continue;
      byKind.concept += section.concept;
      byKind.scenario += section.scenario;
    }
  }
  const available = config.kinds.reduce((sum, kind) => sum + byKind[kind], 0);
  return { byKind, available };
}

/** Why a session cannot start with these choices; null when it can. */
export function startBlockedReason(config: SessionConfig, counts: SetupCounts): string | null {
  if (config.deckIds.length === 0) return "Choose at least one deck to start.";
  if (config.sections !== null && config.sections.length === 0) return "Choose at least one topic to start.";
  if (config.kinds.length === 0) return "Choose at least one kind of question to start.";
  if (counts.available === 0) return "No questions match these choices: choose more topics or kinds to start.";
  return null;
}
