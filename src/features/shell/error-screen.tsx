import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { DocumentTitle } from "../../ui/document-title.tsx";

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "An unexpected error occurred.";
}

/**
 * What a screen shows when it fails to load or render, instead of a blank page: what went
 * wrong, a retry (which re-runs the route's loader), and a way home.
 */
export function ErrorScreen({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <div className="page page--narrow">
      <DocumentTitle>Something went wrong</DocumentTitle>
      <h1>Something went wrong</h1>
      <div role="alert">
        <p>This screen could not be shown. Your saved sessions and notes are not affected.</p>
        <p className="error-detail">{errorMessage(error)}</p>
      </div>
      <p className="actions">
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
        <Link to="/" className="button button--secondary" onClick={reset}>
          Go to setup
        </Link>
      </p>
    </div>
  );
}
