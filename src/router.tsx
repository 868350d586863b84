import { createRouter, type RouterHistory } from "@tanstack/react-router";
import { ErrorScreen } from "./features/shell/error-screen.tsx";
import { NotFoundScreen } from "./features/shell/not-found-screen.tsx";
import { PendingScreen } from "./features/shell/pending-screen.tsx";
import { routeTree } from "./routeTree.gen.ts";

export interface AppRouterOptions {
  /** Browser history by default; tests pass `createMemoryHistory`. */
  history?: RouterHistory;
}

/** The app's router over the generated file-route tree. */
export function createAppRouter({ history }: AppRouterOptions = {}) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    // Hovering or focusing a link starts loading its screen and data.
    defaultPreload: "intent",
    scrollRestoration: true,
    defaultNotFoundComponent: NotFoundScreen,
    defaultErrorComponent: ErrorScreen,
    defaultPendingComponent: PendingScreen,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
