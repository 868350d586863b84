import type { Deck } from "./deck-types.ts";
import { slugify } from "./slug.ts";

/**
 * Edits a person makes to a compiled deck before or after saving it. Each returns a new deck and
 * leaves the one passed in alone (the review step keeps the compiled original to compare with).
 */

/** The deck under another id: every question id moves with it (`<deck-id>/<local-id>`). */
export function withDeckId(deck: Deck, id: string): Deck {
  const next = slugify(id) || deck.id;
  if (next === deck.id) return deck;
  const prefix = `${deck.id}/`;
  return {
    ...deck,
    id: next,
    questions: deck.questions.map((q) => ({
      ...q,
      deckId: next,
      id: q.id.startsWith(prefix) ? `${next}/${q.id.slice(prefix.length)}` : `${next}/${q.id}`,
    })),
  };
}

/** The deck under another title; a blank title keeps the old one. */
export function withTitle(deck: Deck, title: string): Deck {
  const trimmed = title.trim();
  return trimmed && trimmed !== deck.title ? { ...deck, title: trimmed } : deck;
}

/**
 * Sections renamed by `renames` (old title → new title). Blank new titles are ignored; two
 * sections renamed to one title become one section, in the place of the first.
 */
export function withSectionTitles(deck: Deck, renames: Readonly<Record<string, string>>): Deck {
  const rename = (title: string) => {
    // Own keys only: a section named `constructor` or `toString` must not find Object's methods.
    const next = Object.hasOwn(renames, title) ? renames[title]?.trim() : undefined;
    return next ? next : title;
  };
  if (!deck.sections.some((s) => rename(s) !== s)) return deck;
  return {
    ...deck,
    sections: [...new Set(deck.sections.map(rename))],
    questions: deck.questions.map((q) => {
      const section = rename(q.section);
      return section === q.section ? q : { ...q, section };
    }),
  };
}
