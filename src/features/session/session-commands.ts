import { canApply, currentQuestionId, type SessionEvent } from "../../interview/session-machine.ts";
import type { Grade, Session } from "../../interview/session-types.ts";

/** What the buttons and keys of the session screen do. */
export interface SessionCommands {
  done: () => void;
  /** Reveals the answer; false when that is not possible now (so Space keeps its default). */
  reveal: () => boolean;
  grade: (grade: Grade) => void;
  toggleKeyPoint: (index: number) => void;
  toggleFlag: () => void;
  next: () => void;
  previous: () => void;
  skip: () => void;
  togglePause: () => void;
}

/**
 * Commands bound to the session as rendered. Question events carry the id of the question on
 * screen and moves carry the index on screen, so a double click, a key repeat or a grade key
 * pressed just as the screen moved on can never land on the next question or skip two.
 */
export function sessionCommands(session: Session, send: (event: SessionEvent) => void): SessionCommands {
  const questionId = currentQuestionId(session);
  const fromIndex = session.currentIndex;
  const paused = session.pausedAt !== undefined;
  return {
    done: () => send({ type: "answered", at: Date.now(), questionId }),
    reveal: () => {
      const event: SessionEvent = { type: "revealed", at: Date.now(), questionId };
      if (!canApply(session, event)) return false;
      send(event);
      return true;
    },
    grade: (grade) => send({ type: "graded", at: Date.now(), grade, questionId }),
    toggleKeyPoint: (index) => send({ type: "keyPointToggled", at: Date.now(), index, questionId }),
    toggleFlag: () => send({ type: "flagToggled", at: Date.now(), questionId }),
    next: () => send({ type: "movedNext", at: Date.now(), fromIndex }),
    previous: () => send({ type: "movedPrevious", at: Date.now(), fromIndex }),
    skip: () => send({ type: "skipped", at: Date.now(), fromIndex }),
    togglePause: () => send({ type: paused ? "resumed" : "paused", at: Date.now() }),
  };
}
