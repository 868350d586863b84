import { Link } from "@tanstack/react-router";
import { DocumentTitle } from "../../ui/document-title.tsx";

/** Any path the app does not know. */
export function NotFoundScreen() {
  return (
    <div className="page page--narrow">
      <DocumentTitle>Page not found</DocumentTitle>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the link may be out of date.</p>
      <p className="actions">
        <Link to="/" className="button">
          Go to setup
        </Link>
        <Link to="/decks" className="button button--secondary">
          Browse decks
        </Link>
      </p>
    </div>
  );
}
