import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach } from "vitest";

// findBy*/waitFor give up after 1 s by default: under a loaded CI machine a lazily loaded screen can
// take longer to show. Waiting longer changes no assertion, only how long a failing one takes to fail.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The session store loads lazily, at idle (load-session-store.ts): a screen rendered near the end of
// a file may ask for it after the file's last test. Loading it before the environment is torn down
// lets such a late import resolve from the module cache instead of failing the run.
afterAll(async () => {
  await import("../../src/store/session-store.ts");
});
