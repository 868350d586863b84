import { compileForImport } from "./compile-for-import.ts";
import type { CompileReply, CompileRequest } from "./compile-messages.ts";

/** The worker's global scope, typed for what this file uses (the app's tsconfig has the DOM lib, not WebWorker). */
interface CompileWorkerScope {
  postMessage(message: CompileReply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<CompileRequest>) => void): void;
}

const scope = self as unknown as CompileWorkerScope;

/**
 * Compiles one imported deck off the page's thread, so a 5 MB file never freezes the page. Progress
 * goes out at most once per whole percent; the page terminates the worker to cancel.
 */
scope.addEventListener("message", (event) => {
  const { input, file } = event.data;
  let lastPercent = -1;
  const onProgress = (done: number, total: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (percent === lastPercent) return;
    lastPercent = percent;
    scope.postMessage({ type: "progress", done, total });
  };
  try {
    scope.postMessage({ type: "compiled", compilation: compileForImport(input, file, onProgress) });
  } catch (error) {
    scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
});

// Everything above has loaded and run: the page may send the file (until now it still holds it).
scope.postMessage({ type: "ready" });
