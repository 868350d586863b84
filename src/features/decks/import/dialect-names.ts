import type { DeckDialect } from "../../../deck/front-matter.ts";

/** Each dialect of DECK-FORMAT.md, as the review step describes it. */
export const DIALECT_NAMES: Record<DeckDialect, string> = {
  canonical: "Rehearse format: ### Q1: headings with **Answer:**",
  heading: "Questions as headings, answers below them",
  "list-heading": "A numbered list of question headings",
  details: "Questions in collapsible <details> blocks",
  reveal: "Each question followed by a collapsible Answer",
  "bold-marker": "**Q:** and **A:** markers",
};
