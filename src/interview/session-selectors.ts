import { canApply, currentQuestionId } from "./session-machine.ts";
import type { QuestionMeta, Session, SessionEntry } from "./session-types.ts";

/**
 * Small read-only views of a session for the screens. Anything that asks "may the person do X
 * now?" defers to the machine (`canApply`), so buttons and rules cannot disagree.
 */

export function selectCurrentQuestionId(session: Session): string | undefined {
  return currentQuestionId(session);
}

export function selectCurrentEntry(session: Session): SessionEntry | undefined {
  const id = currentQuestionId(session);
  return id === undefined ? undefined : session.entries[id];
}

export function selectCurrentMeta(session: Session): QuestionMeta | undefined {
  const id = currentQuestionId(session);
  return id === undefined ? undefined : session.questionMeta[id];
}

/** 1-based position for "3 of 10". */
export function selectPosition(session: Session): { number: number; total: number } {
  return { number: session.currentIndex + 1, total: session.questionIds.length };
}

export function selectIsPaused(session: Session): boolean {
  return session.pausedAt !== undefined && session.finishedAt === undefined;
}

export function selectIsFinished(session: Session): boolean {
  return session.finishedAt !== undefined;
}

export function selectIsLastQuestion(session: Session): boolean {
  return session.currentIndex >= session.questionIds.length - 1;
}

/** Questions neither graded nor skipped: "Finish" asks to confirm when this is not 0. */
export function selectQuestionsLeft(session: Session): number {
  return session.questionIds.filter((id) => {
    const entry = session.entries[id];
    return entry === undefined || (entry.grade === undefined && !entry.skipped);
  }).length;
}

/** Whether "Reveal answer" is live at `now` (interview mode: after "done" or time up). */
export function selectCanReveal(session: Session, now: number): boolean {
  return canApply(session, { type: "revealed", at: now });
}

/** Whether "Previous" is live (practice mode, not on the first question, not paused). */
export function selectCanGoBack(session: Session, now: number): boolean {
  return canApply(session, { type: "movedPrevious", at: now });
}

/** Whether "Next" is live (not on the last question, not paused). */
export function selectCanGoNext(session: Session, now: number): boolean {
  return canApply(session, { type: "movedNext", at: now });
}
