import type { Deck, Question } from "../deck/deck-types.ts";
import { createRandom, shuffle } from "../lib/seeded-random.ts";
import type { SessionConfig } from "./session-types.ts";

/** The part of the config that decides which questions, and in what order. */
export type PickCriteria = Pick<SessionConfig, "deckIds" | "sections" | "kinds" | "count" | "order" | "seed" | "onlyQuestionIds">;

/** What `pickQuestions` found. */
export interface PickResult {
  /** The questions to ask, in order; at most `count`. */
  questions: Question[];
  /** How many questions the filters leave (before the count cap). */
  available: number;
  /** True when more were asked for than available: the setup screen says so. */
  capped: boolean;
  /** Questions the filters matched but left out because their answer is empty (a deck warning). */
  excludedEmpty: number;
}

/** True when a question has something to reveal (imported decks may keep empty answers, see E021). */
export function hasAnswer(question: Question): boolean {
  return question.answer.trim() !== "";
}

/**
 * Normalise a requested count: whole numbers from 1 up (fractions round down). Anything else
 * (NaN, Infinity, 0, negative) asks for one question, the setup screen's minimum.
 */
function requestedCount(count: number): number {
  if (!Number.isFinite(count) || count < 1) return 1;
  return Math.floor(count);
}

/**
 * Choose the questions for a session from loaded decks.
 *
 * - Decks: those named in `deckIds`, walked in that order (decks not loaded are simply absent).
 * - Filters: `sections` (null = all), `kinds`, `onlyQuestionIds` when given; questions with an
 *   empty answer are never picked.
 * - Order: "in-order" keeps deck order (deck by deck, file order); "shuffled" is a seeded
 *   Fisher–Yates over all matches, so the same seed gives the same order, and a smaller count
 *   gives a prefix of a larger one.
 * - Count: capped at what is available; `capped` says whether it was.
 */
export function pickQuestions(decks: readonly Deck[], criteria: PickCriteria): PickResult {
  const byId = new Map(decks.map((deck) => [deck.id, deck]));
  const sections = criteria.sections === null ? null : new Set(criteria.sections);
  const kinds = new Set(criteria.kinds);
  const only = criteria.onlyQuestionIds === undefined ? null : new Set(criteria.onlyQuestionIds);
  const seen = new Set<string>();
  const matched: Question[] = [];
  let excludedEmpty = 0;

  for (const deckId of criteria.deckIds) {
    if (seen.has(deckId)) continue;
    seen.add(deckId);
    const deck = byId.get(deckId);
    if (deck === undefined) continue;
    for (const question of deck.questions) {
      if (sections !== null && !sections.has(question.section)) continue;
      if (!kinds.has(question.kind)) continue;
      if (only !== null && !only.has(question.id)) continue;
      if (!hasAnswer(question)) {
        excludedEmpty += 1;
        continue;
      }
      matched.push(question);
    }
  }

  const ordered = criteria.order === "shuffled" ? shuffle(matched, createRandom(criteria.seed)) : matched;
  const wanted = requestedCount(criteria.count);
  return {
    questions: ordered.slice(0, wanted),
    available: matched.length,
    capped: wanted > matched.length,
    excludedEmpty,
  };
}
