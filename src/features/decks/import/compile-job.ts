import type { CompileReply, CompileRequest, ImportCompilation } from "./compile-messages.ts";
import { err, ok, type Result } from "../../../lib/result.ts";

export type CompileOutcome = Result<ImportCompilation>;

/** A compile under way: its outcome, and a way to stop it (the outcome then never settles). */
export interface CompileJob {
  outcome: Promise<CompileOutcome>;
  cancel(): void;
}

type ProgressListener = (done: number, total: number) => void;

function failure(error: unknown): CompileOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return err(`The import could not run in this browser (${detail}). Reload the page and try again.`);
}

/**
 * Where there is no Worker (jsdom, very old browsers): the compiler loads on demand and runs on
 * the page. Cancel cannot interrupt it once it runs, but its result is dropped.
 */
function compileOnPage(input: string | Uint8Array, file: string, onProgress: ProgressListener): CompileJob {
  let cancelled = false;
  const outcome = new Promise<CompileOutcome>((resolve) => {
    import("./compile-for-import.ts").then(
      ({ compileForImport }) => {
        if (cancelled) return;
        const compilation = compileForImport(input, file, (done, total) => {
          if (!cancelled) onProgress(done, total);
        });
        if (!cancelled) resolve(ok(compilation));
      },
      (error: unknown) => {
        if (!cancelled) resolve(failure(error));
      },
    );
  });
  return { outcome, cancel: () => void (cancelled = true) };
}

/**
 * Compiles an imported file in a Web Worker, reporting progress as it goes; Cancel terminates the
 * worker. The file goes to the worker once its code has loaded (its bytes handed over, not
 * copied). A worker that cannot start at all (its script fails to load or run) is replaced by
 * compiling on the page, so the import still works, only less smoothly.
 */
export function startCompileJob(input: string | Uint8Array, file: string, onProgress: ProgressListener): CompileJob {
  if (typeof Worker === "undefined") return compileOnPage(input, file, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL("./compile-worker.ts", import.meta.url), { type: "module" });
  } catch {
    return compileOnPage(input, file, onProgress);
  }
  let settled = false;
  let started = false;
  let fallback: CompileJob | null = null;
  const outcome = new Promise<CompileOutcome>((resolve) => {
    const finish = (result: CompileOutcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener("message", (event: MessageEvent<CompileReply>) => {
      const reply = event.data;
      if (settled) return;
      if (reply.type === "ready") {
        started = true;
        // A view of a whole buffer is handed over (no copy); a view of part of one is copied.
        const whole = typeof input !== "string" && input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
        worker.postMessage({ input, file } satisfies CompileRequest, whole ? [input.buffer as ArrayBuffer] : []);
      } else if (reply.type === "progress") onProgress(reply.done, reply.total);
      else if (reply.type === "compiled") finish(ok(reply.compilation));
      else finish(failure(new Error(reply.message)));
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (settled) return;
      if (!started) {
        settled = true;
        worker.terminate();
        fallback = compileOnPage(input, file, onProgress);
        void fallback.outcome.then(resolve);
        return;
      }
      finish(failure(new Error(event.message || "the compile worker stopped")));
    });
    worker.addEventListener("messageerror", () => finish(failure(new Error("the compile worker's answer could not be read"))));
  });
  return {
    outcome,
    cancel: () => {
      settled = true;
      worker.terminate();
      fallback?.cancel();
    },
  };
}
