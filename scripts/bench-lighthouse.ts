// Lighthouse figures of `npm run bench` (scripts/bench.ts): the built app and a bare React 19 hello
// world built in the same run, each served by `vite preview`, measured with Lighthouse's default
// mobile configuration (simulated slow 4G, 4× CPU slowdown, a Moto G Power screen), each run in a
// fresh Chromium profile, median of RUNS. Slow (about a minute a page) and noisy on a busy
// machine: it belongs to the bench, never to `npm test`.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumArgs, chromiumPath } from "./chromium-path.mjs";
import { median, type Report } from "./bench-stats.ts";

const RUNS = 3;
/** Set BENCH_LIGHTHOUSE_DIR to keep every run's full Lighthouse report (JSON) there, to see why a figure moved. */
const SAVE_DIR = process.env.BENCH_LIGHTHOUSE_DIR;
let saved = 0;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** What one Lighthouse run gives the bench. */
export interface LighthouseFigures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** JS transferred by the page until Lighthouse saw the network idle, in KiB (as sent: gzip). */
  jsKiB: number;
  /** Long main-thread tasks Lighthouse saw, as "duration ms (script)". */
  longTasks: string[];
}

export interface LighthousePage {
  /** Shown in the report. */
  name: string;
  url: string;
  /** Fills the browser's storage at the page's origin before the run (the run then keeps storage). */
  seed?: (origin: string, debuggingPort: number) => Promise<void>;
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (typeof value !== "number") throw new Error(`Lighthouse gave no value for ${audit}`);
  return value;
}

function figuresOf(lhr: Result): LighthouseFigures {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as LighthouseFigures["scores"];
  const requests = (lhr.audits["network-requests"]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const jsBytes = requests
    .filter((request) => request.resourceType === "Script")
    .reduce((total, request) => total + (typeof request.transferSize === "number" ? request.transferSize : 0), 0);
  const tasks = (lhr.audits["long-tasks"]?.details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? [];
  return {
    scores,
    fcpMs: numeric(lhr, "first-contentful-paint"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    jsKiB: jsBytes / 1024,
    longTasks: tasks.map((task) => `${Math.round(task.duration ?? 0)} ms (${(task.url ?? "?").replace(/^https?:\/\/[^/]+/, "")})`),
  };
}

/** One Lighthouse run in a fresh Chromium (a fresh profile: cold cache, no service worker). */
async function runOnce(page: LighthousePage): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs });
  try {
    if (page.seed) await page.seed(new URL(page.url).origin, chrome.port);
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Lighthouse clears the origin's storage first; a seeded page keeps what was put there.
      disableStorageReset: page.seed !== undefined,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    if (SAVE_DIR) {
      mkdirSync(SAVE_DIR, { recursive: true });
      saved += 1;
      const name = `${String(saved).padStart(2, "0")}-${new URL(page.url).pathname.replace(/\W+/g, "-")}.json`;
      writeFileSync(path.join(SAVE_DIR, name), JSON.stringify(result.lhr));
    }
    return figuresOf(result.lhr);
  } finally {
    chrome.kill();
  }
}

/** Every figure as the median of its runs (each figure separately). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (pick: (run: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, of((run) => run.scores[c])])) as LighthouseFigures["scores"],
    fcpMs: of((run) => run.fcpMs),
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    jsKiB: of((run) => run.jsKiB),
    longTasks: runs.flatMap((run) => run.longTasks),
  };
}

export async function measurePage(page: LighthousePage): Promise<{ median: LighthouseFigures; runs: LighthouseFigures[] }> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await runOnce(page));
  return { median: medianFigures(runs), runs };
}

/** "perf 99 · a11y 100 · BP 100 · SEO 100 · FCP 0.9 s · LCP 1.2 s · TBT 20 ms · CLS 0.000 · JS 95.1 KiB" */
export function describe(figures: LighthouseFigures): string {
  const { scores } = figures;
  return [
    `performance ${scores.performance}`,
    `a11y ${scores.accessibility}`,
    `BP ${scores["best-practices"]}`,
    `SEO ${scores.seo}`,
    `FCP ${(figures.fcpMs / 1000).toFixed(1)} s`,
    `LCP ${(figures.lcpMs / 1000).toFixed(1)} s`,
    `TBT ${figures.tbtMs.toFixed(0)} ms`,
    `CLS ${figures.cls.toFixed(3)}`,
    `JS ${figures.jsKiB.toFixed(1)} KiB`,
  ].join(" · ");
}

/** The machine the figures come from, for the README: CPU, cores, load while the bench ran. */
export function machineNote(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, load average ${load}`;
}

/**
 * A seed step that runs a script in a page of the origin that runs none of the app's code
 * (robots.txt), through the Chromium Lighthouse is about to use, then closes that page.
 */
export function seedWith(script: string): NonNullable<LighthousePage["seed"]> {
  return async (origin, debuggingPort) => {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
    try {
      const context = browser.contexts()[0] ?? (await browser.newContext());
      const page = await context.newPage();
      await page.goto(`${origin}/robots.txt`);
      await page.evaluate(script);
      await page.close();
    } finally {
      // Over CDP this only disconnects: the browser stays up for Lighthouse.
      await browser.close();
    }
  };
}

export interface LighthouseBenchOptions {
  /** The app's origin (vite preview of the build). */
  appOrigin: string;
  /** The bare React hello world's origin (vite preview of its build). */
  helloOrigin: string;
  /** Fills the history database with the given number of sessions (a script for `seedWith`). */
  historySeedScript: string;
  historySessions: number;
  report: Report;
}

/** Lighthouse mobile, median of 3: `/`, `/history` with stored sessions, a deck page, beside the hello world. */
export async function benchLighthouse(options: LighthouseBenchOptions): Promise<void> {
  const { report } = options;
  console.log(`Lighthouse ${RUNS}× per page on ${machineNote()}`);
  const hello = await measurePage({ name: "hello", url: `${options.helloOrigin}/` });
  report("Lighthouse mobile, bare React 19 hello world (baseline)", describe(hello.median), "none", true);

  const setup = await measurePage({ name: "setup", url: `${options.appOrigin}/` });
  const s = setup.median;
  report(
    "Lighthouse mobile, / (setup, first visit)",
    describe(s),
    "performance ≥ 98, LCP ≤ 1.6 s, TBT ≤ 100 ms, CLS ≤ 0.02, the others 100",
    s.scores.performance >= 98 &&
      s.lcpMs <= 1600 &&
      s.tbtMs <= 100 &&
      s.cls <= 0.02 &&
      s.scores.accessibility === 100 &&
      s.scores["best-practices"] === 100 &&
      s.scores.seo === 100,
  );
  // Transfer sizes as Lighthouse saw them (headers included, so a few more files cost a little more):
  // the budget itself is the gzip figure of "setup page JS by network idle" above.
  report(
    "Lighthouse: JS / loads until network idle, against the hello world (transfer size, information)",
    `${s.jsKiB.toFixed(1)} KiB; hello world ${hello.median.jsKiB.toFixed(1)} KiB; difference ${(s.jsKiB - hello.median.jsKiB).toFixed(1)} KiB`,
    "none",
    true,
  );
  if (setup.runs.some((run) => run.longTasks.length > 0)) {
    console.log(`     long tasks on / (all runs): ${s.longTasks.join(", ")}`);
  }

  const others: LighthousePage[] = [
    {
      name: `/history with ${options.historySessions} sessions`,
      url: `${options.appOrigin}/history`,
      seed: seedWith(options.historySeedScript),
    },
    { name: "/decks/aws-cloud", url: `${options.appOrigin}/decks/aws-cloud` },
  ];
  for (const page of others) {
    const { median: m } = await measurePage(page);
    report(
      `Lighthouse mobile, ${page.name}`,
      describe(m),
      "performance ≥ 95, the others 100",
      m.scores.performance >= 95 &&
        m.scores.accessibility === 100 &&
        m.scores["best-practices"] === 100 &&
        m.scores.seo === 100,
    );
  }
}
