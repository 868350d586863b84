import type { Deck, DeckSummary, SectionSummary } from "./deck-types.ts";

/** Counts per section and kind: what the setup screen needs before any question body loads. */
export function summarizeDeck(deck: Deck): DeckSummary {
  const sections = new Map<string, SectionSummary>();
  for (const title of deck.sections) sections.set(title, { title, count: 0, concept: 0, scenario: 0 });
  const kinds = { concept: 0, scenario: 0 };
  for (const q of deck.questions) {
    let s = sections.get(q.section);
    if (!s) {
      s = { title: q.section, count: 0, concept: 0, scenario: 0 };
      sections.set(q.section, s);
    }
    s.count += 1;
    s[q.kind] += 1;
    kinds[q.kind] += 1;
  }
  return {
    id: deck.id,
    title: deck.title,
    ...(deck.description === undefined ? {} : { description: deck.description }),
    questionCount: deck.questions.length,
    sections: [...sections.values()],
    kinds,
  };
}
