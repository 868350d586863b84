import type { Session } from "./session-types.ts";

/**
 * Small read-only views of a session for the screens. Anything that asks "may the person do X
 * now?" is the machine's to answer (`canApply` in session-machine.ts), so buttons and rules
 * cannot disagree.
 */

/** 1-based position for "3 of 10". */
export function selectPosition(session: Session): { number: number; total: number } {
  return { number: session.currentIndex + 1, total: session.questionIds.length };
}

export function selectIsPaused(session: Session): boolean {
  return session.pausedAt !== undefined && session.finishedAt === undefined;
}

/** Questions neither graded nor skipped: "Finish" asks to confirm when this is not 0. */
export function selectQuestionsLeft(session: Session): number {
  return session.questionIds.filter((id) => {
    const entry = session.entries[id];
    return entry === undefined || (entry.grade === undefined && !entry.skipped);
  }).length;
}
