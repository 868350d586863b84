import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../../ui/document-title.tsx";

export interface ResultsNotFoundProps {
  sessionId: string;
}

/** `/results/<id>` for a session that is not saved in this browser (or not finished). */
export function ResultsNotFound({ sessionId }: ResultsNotFoundProps) {
  return (
    <div className="page page--narrow">
      <DocumentTitle>No results</DocumentTitle>
      <h1>No results for this session</h1>
      <p>
        No finished session with the id “{sessionId}” is saved in this browser. Results stay on the device where the
        session was practised; a link from another browser or a cleared storage leads here.
      </p>
      <p className="actions">
        <Link to="/" className="button">
          Set up a session
        </Link>
        <Link to="/history" className="button button--secondary">
          See history
        </Link>
      </p>
    </div>
  );
}
