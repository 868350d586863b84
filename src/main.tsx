import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "@tanstack/react-router";
import { createAppRouter } from "./router.tsx";
import { signalUpdateAvailable } from "./store/update-store.ts";
import { loadSessionStore } from "./store/load-session-store.ts";
import "./app.css";

const router = createAppRouter();
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

// The session store is not part of the first paint: it loads right after, then reads the saved
// sessions in, claims this tab's and follows the other tabs (routes that need it await the same load).
void loadSessionStore();

/** How often a page left open (a long practice evening) asks the server whether a new version exists. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The service worker (vite-plugin-pwa, Workbox) precaches the whole build for offline use. Its
 * registration and workbox-window load after the page has, so they cost the first paint nothing.
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

// Production builds only: the dev server and the tests run without a service worker.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const register = () => void registerServiceWorker();
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
