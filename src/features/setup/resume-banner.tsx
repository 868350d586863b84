import { Link } from "@tanstack/react-router";
import type { Session } from "../../interview/session-types.ts";

/** "Question 3 of 10, paused": where the open session stands. */
export function sessionPosition(session: Session): string {
  const position = `Question ${session.currentIndex + 1} of ${session.questionIds.length}`;
  return session.pausedAt === undefined ? position : `${position}, paused`;
}

export interface ResumeBannerProps {
  session: Session;
}

/** Shown while a session is open: where it stands and the way back to it. */
export function ResumeBanner({ session }: ResumeBannerProps) {
  return (
    <section className="resume-banner" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Session in progress</h2>
      <p>{sessionPosition(session)}</p>
      <p>
        <Link to="/session" className="button">
          Resume session
        </Link>
      </p>
    </section>
  );
}
