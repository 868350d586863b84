import { createRootRoute } from "@tanstack/react-router";
import { AppShell } from "../features/shell/app-shell.tsx";
import { ErrorScreen } from "../features/shell/error-screen.tsx";
import { NotFoundScreen } from "../features/shell/not-found-screen.tsx";

export const Route = createRootRoute({
  component: AppShell,
  errorComponent: ErrorScreen,
  notFoundComponent: NotFoundScreen,
});
