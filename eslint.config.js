import { readdirSync } from "node:fs";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginRouter from "@tanstack/eslint-plugin-router";

/** Pure layers run under Node and in a worker: no React, state library, router or DOM. */
const pureFolders = ["src/deck/**/*.ts", "src/interview/**/*.ts", "src/lib/**/*.ts", "src/store/migrations.ts"];
const uiOnlyPackages = ["react", "react-dom", "react-dom/*", "zustand", "zustand/*", "@tanstack/*", "react-markdown", "prism-react-renderer"];

/** Each folder under src/features is one screen's feature; none imports another (shared code lives in src/ui or src/lib). */
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Import paths that reach into another feature, from a file at any depth of `feature`. */
const otherFeatures = (feature) =>
  features
    .filter((other) => other !== feature)
    .flatMap((other) => [`../${other}`, `../${other}/**`, `../../${other}/**`, `../../../${other}/**`, `**/features/${other}/**`]);

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/routeTree.gen.ts", "test-results", "playwright-report", ".reports"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginRouter.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: pureFolders,
    ignores: ["src/deck/node/**"],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: uiOnlyPackages, message: "Pure folders (src/deck, src/interview, src/lib) import no React, zustand, router or renderer." },
          { group: ["node:*", "fs", "path"], message: "Pure folders run in the browser too: Node modules only in src/deck/node." },
          { group: ["**/store/**", "**/features/**", "**/routes/**", "**/ui/**"], message: "Data flows one way: content → deck → interview → store → screens." },
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator", "indexedDB"],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["**/store/**", "**/features/**", "**/routes/**", "zustand"], message: "src/ui is shared presentation: nothing app-specific." }],
      }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: otherFeatures(feature), message: "Features do not import each other: move what both need to src/ui (presentation) or src/lib (pure helpers)." },
          { group: ["**/routes/**"], message: "Routes compose features, not the other way round." },
        ],
      }],
    },
  })),
  {
    files: ["src/store/**/*.ts"],
    ignores: ["src/store/migrations.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["**/features/**", "**/routes/**", "**/ui/**"], message: "Data flows one way: store → features → routes; the store imports no screen." }],
      }],
    },
  },
);
