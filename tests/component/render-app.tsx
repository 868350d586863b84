import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "../../src/router.tsx";

// The router restores scroll on navigation; jsdom does not implement scrolling and says so loudly.
window.scrollTo = (() => undefined) as typeof window.scrollTo;

/**
 * Renders the whole app — the real route tree, shell included — at `path`, in memory history.
 * Returns the user-event instance to act with, and the router to inspect the location.
 */
export function renderApp(path = "/") {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  return { user, router };
}
