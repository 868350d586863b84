import type { MouseEvent } from "react";
import { Link } from "@tanstack/react-router";
import type { Session } from "../../interview/session-types.ts";
import { loadedSessionStore, useTabSessionIdAfterLoad } from "../../store/load-session-store.ts";

/** "Question 3 of 10, paused": where the open session stands. */
export function sessionPosition(session: Session): string {
  const position = `Question ${session.currentIndex + 1} of ${session.questionIds.length}`;
  return session.pausedAt === undefined ? position : `${position}, paused`;
}

export interface ResumeBannerProps {
  /** The session to offer: this tab's own, or one left open by a tab since closed. */
  session: Session;
}

/**
 * Shown while a session is open: where it stands and the way back to it. A session left by a
 * closed tab becomes this tab's when resumed (the store only offers one no other tab runs).
 */
export function ResumeBanner({ session }: ResumeBannerProps) {
  const ownId = useTabSessionIdAfterLoad();
  const leftOpen = ownId !== session.id;
  const takeOver = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!leftOpen) return;
    // The banner shows only once the store has loaded, so it is there to ask.
    const resumed = loadedSessionStore()?.useSessionStore.getState().actions.resume(session.id) ?? false;
    if (!resumed) event.preventDefault();
  };
  return (
    <section className="resume-banner" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Session in progress</h2>
      <p>{sessionPosition(session)}</p>
      {leftOpen ? <p>Left open in a tab that has since been closed.</p> : null}
      <p>
        <Link to="/session" className="button" onClick={takeOver}>
          Resume session
        </Link>
      </p>
    </section>
  );
}
