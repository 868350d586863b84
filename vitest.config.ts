import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Component tests are whole journeys through the real route tree, and some unit tests spawn the
      // deck checker: on a loaded 2-core CI machine a few take 5 s or more (vitest's default timeout).
      testTimeout: 20_000,
      projects: [
        {
          extends: true,
          test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] },
        },
        {
          extends: true,
          test: {
            name: "component",
            environment: "jsdom",
            include: ["tests/component/**/*.test.tsx"],
            setupFiles: ["tests/setup/component-setup.ts"],
          },
        },
      ],
    },
  }),
);
