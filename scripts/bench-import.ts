// Import budgets for `npm run bench`: a 1 MiB deck compiles in < 1.5 s in the import worker, and the
// import code is not part of the setup page's JS.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { compileDeck } from "../src/deck/compile-deck.ts";
import { median, timeIt, type Manifest, type Report } from "./bench-stats.ts";
import { generateDeck, generateDetailsDeck } from "./generate-deck.ts";


const MiB = 1024 * 1024;

/** A generated deck of about 1 MiB (shaped like the seed: lists, code, tables). */
export function oneMegabyteDeck(): string {
  const per = generateDeck(100).length / 100;
  return generateDeck(Math.ceil(MiB / per));
}

/** A 268 KB file shaped like the public Q&A collections (details, wrappers, trailers): the largest one imported by hand. */
export function publicShapedDeck(): string {
  return generateDetailsDeck(268 * 1024);
}

/** The same compile on Node's V8, for information next to the worker's figure. */
export function benchImportCompileNode(report: Report) {
  const deck = oneMegabyteDeck();
  const ms = timeIt(3, () => compileDeck(deck, { file: "generated.md", mode: "import" }));
  report(
    `import-mode compile of a ${(deck.length / MiB).toFixed(2)} MiB deck in Node (information)`,
    `${ms.toFixed(0)} ms median of 3`,
    "none",
    true,
  );
}

/**
 * The built app's compile worker, started in Chromium from the app's origin: time from posting a
 * 1 MiB file to the compiled deck coming back (the worker has already loaded), median of 3 fresh workers.
 */
export async function benchImportWorker(browser: Browser, origin: string, manifest: Manifest, report: Report) {
  await benchWorkerCompile(browser, origin, manifest, report, oneMegabyteDeck(), "generated.md", "MiB deck", 1500);
  const shaped = publicShapedDeck();
  await benchWorkerCompile(browser, origin, manifest, report, shaped, "collection.md", "KB details file (wrappers, rich summaries, trailers)", 1500);
}

async function benchWorkerCompile(
  browser: Browser,
  origin: string,
  manifest: Manifest,
  report: Report,
  deck: string,
  file: string,
  what: string,
  budgetMs: number,
) {
  const size = what.startsWith("MiB") ? (deck.length / MiB).toFixed(2) : (Buffer.byteLength(deck) / 1024).toFixed(0);
  const owner = Object.values(manifest).find((chunk) => chunk.assets?.some((a) => /compile-worker/.test(a)));
  const workerFile = owner?.assets?.find((a) => /compile-worker/.test(a));
  if (!workerFile) {
    report(`${size} ${what} compiled in the import worker`, "compile worker not found in the build manifest", `< ${budgetMs} ms`, false);
    return;
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/decks`);
  const samples: number[] = [];
  let questions = 0;
  for (let i = 0; i < 4; i += 1) {
    // A string, not a function: the TypeScript runner would wrap a function with helpers the page lacks.
    const result = (await page.evaluate(`new Promise((resolve, reject) => {
      const worker = new Worker(${JSON.stringify("/" + workerFile)}, { type: "module" });
      let start = 0;
      worker.onerror = (event) => reject(new Error(event.message || "worker failed"));
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.type === "ready") {
          start = performance.now();
          worker.postMessage({ input: ${JSON.stringify(deck)}, file: ${JSON.stringify(file)} });
        } else if (reply.type === "compiled") {
          const ms = performance.now() - start;
          worker.terminate();
          resolve({ ms, questions: reply.compilation.result.deck ? reply.compilation.result.deck.questions.length : 0 });
        } else if (reply.type === "failed") {
          worker.terminate();
          reject(new Error(reply.message));
        }
      };
    })`)) as { ms: number; questions: number };
    if (i > 0) samples.push(result.ms); // the first run warms the browser's code cache
    questions = result.questions;
  }
  await context.close();
  const med = median(samples);
  report(
    `${size} ${what} (${questions} questions) compiled in the import worker, Chromium`,
    `${med.toFixed(0)} ms median of ${samples.length} (${samples.map((v) => v.toFixed(0)).join(", ")})`,
    `< ${budgetMs} ms`,
    med < budgetMs && questions > 0,
  );
}

/** The import code (compiler entry for imports, worker, review screens) is in no file the setup page needs to paint. */
export function reportImportCodeOffSetup(root: string, manifest: Manifest, firstPaint: Set<string>, setupLoaded: Set<string>, report: Report) {
  const importFiles = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    // The /decks route's chunk holds the import screens; the rest is the compiler, export and worker.
    if (/src\/features\/decks\/import\/|src\/deck\/compile-deck\.ts|deck-to-markdown|src\/routes\/decks\.index\.tsx/.test(key)) {
      importFiles.add(chunk.file);
    }
    for (const asset of chunk.assets ?? []) if (/compile-worker/.test(asset)) importFiles.add(asset);
  }
  // The compiler's own code: a chunk of the setup closure with its E050 message would carry it.
  const compilerInSetup = [...firstPaint].filter((file) =>
    /no questions found/.test(readFileSync(path.join(root, "dist", file), "utf8")),
  );
  const offending = [...importFiles].filter((file) => firstPaint.has(file) || setupLoaded.has("/" + file));
  report(
    "import code (compiler, worker, review step) on the setup page",
    offending.length + compilerInSetup.length === 0
      ? `none of its ${importFiles.size} files is in the first paint or loaded by network idle`
      : `loaded: ${[...offending, ...compilerInSetup].join(", ")}`,
    "not part of the setup page's JS",
    importFiles.size > 0 && offending.length === 0 && compilerInSetup.length === 0,
  );
}
