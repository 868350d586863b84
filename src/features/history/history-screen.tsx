import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../shell/document-title.tsx";

/** Past sessions. Until one is finished there is nothing to list, and it says so. */
export function HistoryScreen() {
  return (
    <div className="page page--narrow">
      <DocumentTitle>History</DocumentTitle>
      <h1>History</h1>
      <p>
        No finished sessions yet. Each session you finish is saved here in this browser, with your score, how you did
        per topic over time, and which questions are due for another look.
      </p>
      <p className="actions">
        <Link to="/" className="button">
          Start from setup
        </Link>
      </p>
    </div>
  );
}
