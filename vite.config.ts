import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { rehearseDecks } from "./src/deck/node/vite-plugin-decks.ts";

export default defineConfig({
  plugins: [
    tanstackRouter({ target: "react", autoCodeSplitting: true, quoteStyle: "double" }),
    react(),
    rehearseDecks(),
  ],
  build: { target: "es2022", sourcemap: false, manifest: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
