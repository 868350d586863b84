import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
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
