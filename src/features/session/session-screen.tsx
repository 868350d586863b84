import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../shell/document-title.tsx";

/** The running session. With none open, it says so and points to setup. */
export function SessionScreen() {
  return (
    <div className="page page--narrow">
      <DocumentTitle>Session</DocumentTitle>
      <h1>No session in progress</h1>
      <p>
        A session shows one question at a time with a clock, a place for notes, the model answer on request, and a
        self-score. Choose a deck and topics on the setup page to begin.
      </p>
      <p className="actions">
        <Link to="/" className="button">
          Go to setup
        </Link>
      </p>
    </div>
  );
}
