import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { VitePWA } from "vite-plugin-pwa";
import { rehearseDecks } from "./src/deck/node/vite-plugin-decks.ts";
import { contentSecurityPolicy } from "./scripts/content-security-policy.ts";
import { prerenderSetup } from "./scripts/prerender-plugin.ts";
import { routePages } from "./scripts/route-pages.ts";

const decks = rehearseDecks();

export default defineConfig({
  plugins: [
    tanstackRouter({
      target: "react",
      autoCodeSplitting: true,
      quoteStyle: "double",
      codeSplittingOptions: {
        // The setup screen is where nearly every visit starts (and the installed app's start_url):
        // it ships in the entry with its CSS, so its first paint waits for no second round trip.
        // Every other screen is its own chunk; the results page's loader too (it reaches into
        // history for sessions only kept there), with the screen, since nothing else awaits it.
        splitBehavior: ({ routeId }) =>
          routeId === "/"
            ? [["errorComponent"], ["notFoundComponent"]]
            : routeId === "/results/$sessionId"
              ? [["loader", "component"], ["notFoundComponent"]]
              : undefined,
      },
    }),
    react(),
    decks,
    contentSecurityPolicy(),
    // Before VitePWA: the precache list hashes the finished index.html.
    prerenderSetup(),
    // Pages opened directly (a bookmark, a reload) that fetch their screen's code alongside the
    // entry rather than after it has run: history, and each bundled deck's page. Each lists what
    // its route loads before the first paint (see the routes' loaders).
    routePages(() => [
      {
        path: "/history",
        modules: ["src/routes/history.tsx?tsr-split=component", "src/store/load-history.ts", "src/store/session-store.ts"],
      },
      ...decks.api.bundledDecks().map(({ id, file }) => ({
        path: `/decks/${id}`,
        modules: ["src/routes/decks.$deckId.tsx?tsr-split=component", `${file}?rehearse-deck`],
      })),
    ]),
    VitePWA({
      // A waiting version is announced ("Update available — reload"), never swapped in under a running session.
      registerType: "prompt",
      // src/main.tsx imports "virtual:pwa-register" lazily after load: no script is injected into index.html.
      injectRegister: false,
      manifest: {
        name: "Rehearse",
        short_name: "Rehearse",
        description:
          "Practise timed mock interviews from Markdown question decks, grade yourself against a rubric, and review what you missed.",
        lang: "en",
        theme_color: "#1f4e8c",
        background_color: "#ffffff",
        display: "standalone",
        start_url: "/",
        scope: "/",
        icons: [
          { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: "pwa-192x192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "pwa-512x512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "maskable-icon-512x512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      // The glob below already takes the icons from dist/; listing them again would precache them twice.
      includeManifestIcons: false,
      workbox: {
        // Everything the build emits, so every bundled deck chunk and the lazy answer renderer work offline
        // after the first visit, not only the chunks that visit happened to load. (manifest.webmanifest
        // is precached by the plugin itself; globbing it too would list it twice.)
        globPatterns: ["**/*.{js,css,html,svg,png,ico,txt}"],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Client-side routes (/session, /results/…, /decks/…) are answered with the precached app shell.
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: {
    format: "es",
    // The deck compiler runs in a worker on import, and a worker has no `document`. The Markdown
    // parser's entity decoder has a "browser" build that decodes through a DOM element; take the
    // package's plain build (its "worker"/default export) instead. The dev server does not apply
    // worker plugins: there the import falls back to compiling on the page.
    plugins: () => [
      {
        name: "rehearse-worker-entity-decoder",
        enforce: "pre",
        resolveId: (source) =>
          source === "decode-named-character-reference"
            ? fileURLToPath(import.meta.resolve("decode-named-character-reference"))
            : null,
      },
    ],
  },
  resolve: {
    alias: [
      {
        // The router's store selects through use-sync-external-store's "with-selector", which pulls in
        // the shim for React < 18. React 19 has the hook itself: a one-line module stands in for the shim.
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(new URL("./src/shims/use-sync-external-store.ts", import.meta.url)),
      },
    ],
  },
  build: {
    target: "es2022",
    // Every browser the app supports (ES2022) follows <link rel="modulepreload"> itself; the polyfill
    // would only add bytes to the first paint.
    modulePreload: { polyfill: false },
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      output: {
        // React, the router and zustand in one chunk: every screen needs them, and one file compresses
        // better than the dozen fragments the lazy screens would otherwise split them into. The
        // bundler's and Vite's small runtime helpers go with them: as files of their own they were
        // two more requests before the first paint, queued behind the others on a phone's connection.
        codeSplitting: {
          groups: [
            {
              name: "framework",
              // Not what only lazy screens use: the router's navigation blocker (the session
              // screen) and zustand's persistence (the stores those screens load), 1.6 KiB gzip.
              test: (id) =>
                /node_modules[\\/](react|react-dom|scheduler|zustand|@tanstack)[\\/]|^\0(rolldown[\\/]runtime|vite[\\/]preload-helper)/.test(id) &&
                !/[\\/](useBlocker\.js|middleware\.mjs)$/.test(id),
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
