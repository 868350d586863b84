import type { Deck, Question } from "../deck/deck-types.ts";
import { createRandom, shuffle } from "../lib/seeded-random.ts";
import type { SessionConfig } from "./session-types.ts";

/** The part of the config that decides which questions, and in what order. */
export type PickCriteria = Pick<SessionConfig, "deckIds" | "sections" | "kinds" | "count" | "order" | "seed" | "onlyQuestionIds"> & {
  /**
   * An order decided from history ("due": most overdue first; "weakest-first"): matched questions
   * listed here come first, in this order; the others follow in deck order. Used by the orders
   * "due" and "weakest-first" (ignored by "shuffled" and "in-order"); absent = deck order.
   */
  orderedIds?: readonly string[];
};

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

/** `questions` with those listed in `orderedIds` first, in that order, then the rest as they were. */
function byGivenOrder(questions: readonly Question[], orderedIds: readonly string[]): Question[] {
  const rank = new Map<string, number>();
  orderedIds.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, index);
  });
  const listed = questions.filter((q) => rank.has(q.id)).sort((a, b) => (rank.get(a.id) as number) - (rank.get(b.id) as number));
  return [...listed, ...questions.filter((q) => !rank.has(q.id))];
}

/**
 * Choose the questions for a session from loaded decks.
 *
 * - Decks: those named in `deckIds`, walked in that order (decks not loaded are simply absent).
 * - Filters: `sections` (null = all), `kinds`, `onlyQuestionIds` when given; questions with an
 *   empty answer are never picked.
 * - Order: "in-order" keeps deck order (deck by deck, file order); "shuffled" is a seeded
 *   Fisher–Yates over all matches, so the same seed gives the same order, and a smaller count
 *   gives a prefix of a larger one; "due" and "weakest-first" follow `orderedIds` (see there).
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

  const ordered =
    criteria.order === "shuffled"
      ? shuffle(matched, createRandom(criteria.seed))
      : criteria.order === "due" || criteria.order === "weakest-first"
        ? byGivenOrder(matched, criteria.orderedIds ?? [])
        : matched;
  const wanted = requestedCount(criteria.count);
  return {
    questions: ordered.slice(0, wanted),
    available: matched.length,
    capped: wanted > matched.length,
    excludedEmpty,
  };
}
