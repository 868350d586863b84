import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./router.tsx";
import { signalUpdateAvailable } from "./store/update-store.ts";
import { loadSessionStoreWhenShown } from "./store/load-session-store.ts";
import { afterPageIdle } from "./store/page-idle.ts";
import { linkNeedsReader, loadLinkReader } from "./features/setup/link-reader.ts";
import "./app.css";

const router = createAppRouter();
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const root = createRoot(container);
// The router resolves the first screen (matches the URL, validates its search, runs its loaders)
// before React renders anything, and React renders it as a transition: in slices of a few
// milliseconds with the browser let in between, not one long task that a phone would feel as a
// frozen page. Were loading to fail, the router loads again once mounted and shows the error.
// A link with settings (or remembered ones) needs the link reader before the router can match it.
const linkRead = linkNeedsReader(window.location) ? loadLinkReader().catch(() => undefined) : Promise.resolve();
void linkRead
  .then(() => router.load())
  .catch(() => undefined)
  .then(() =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      ),
    ),
  );

// The session store is not part of the first paint: it loads right after when something is saved
// (then reads the saved sessions in, claims this tab's and follows the other tabs), else once the
// page is idle; routes that need it await the same load.
void loadSessionStoreWhenShown();

/** How often a page left open (a long practice evening) asks the server whether a new version exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The service worker (vite-plugin-pwa, Workbox) precaches the whole build for offline use. Its
 * registration and workbox-window wait until the page is idle: installing it downloads every chunk
 * of the build, which must not compete with what the first screen needs.
 * A new version waits until the person chooses "Reload" (registerType "prompt").
 */
async function registerServiceWorker() {
  const { registerSW } = await import("virtual:pwa-register");
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => signalUpdateAvailable(() => updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => console.warn("Rehearse: offline support is unavailable.", error),
  });
}

// Any screen may link to setup with settings (a deck's "Practise", setup's own changes): the link
// reader is ready by then, after the first screen, in an idle period of its own.
afterPageIdle(loadLinkReader);

// Production builds only: the dev server and the tests run without a service worker.
if (import.meta.env.PROD && "serviceWorker" in navigator) afterPageIdle(registerServiceWorker);
