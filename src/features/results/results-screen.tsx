import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../shell/document-title.tsx";

export interface ResultsScreenProps {
  sessionId: string;
}

/** Results of one finished session. None is saved in this browser under this id yet. */
export function ResultsScreen({ sessionId }: ResultsScreenProps) {
  return (
    <div className="page page--narrow">
      <DocumentTitle>Results</DocumentTitle>
      <h1>Results</h1>
      <p>
        No finished session with the id “{sessionId}” is saved in this browser. When you finish a session, its score,
        time per question, notes and answers appear here.
      </p>
      <p className="actions">
        <Link to="/" className="button">
          Go to setup
        </Link>
        <Link to="/history" className="button button--secondary">
          See history
        </Link>
      </p>
    </div>
  );
}
