import { getSavedDeck } from "../../store/saved-decks-store.ts";
import { downloadText } from "../../ui/download-text.ts";

/**
 * Downloads a saved deck as canonical Markdown (`<id>.md`), which imports back to the same deck.
 * The writer loads on first use. Resolves with what went wrong, or null.
 */
export async function exportDeckMarkdown(id: string): Promise<string | null> {
  const [deck, { deckToMarkdown }] = await Promise.all([getSavedDeck(id), import("../../deck/deck-to-markdown.ts")]);
  if (!deck) return "the deck is no longer saved in this browser.";
  downloadText(`${deck.id}.md`, deckToMarkdown(deck), "text/markdown;charset=utf-8");
  return null;
}
