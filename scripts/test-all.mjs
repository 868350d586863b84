// Every check, in the order a failure is cheapest to find: lint, types, bundled decks, unit + component
// tests, production build, browser tests. Ends with one line `N passed, N failed` over every runner.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = ".reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failedSteps = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps.push(label);
  return ok;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  } catch {
    return undefined;
  }
}

/** A step with no test counts of its own (lint, build…) counts as one check. */
function countStep(ok) {
  if (ok) passed += 1;
  else failed += 1;
}

countStep(run("lint", bin("eslint"), ["."]));
countStep(run("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]));
countStep(run("bundled decks", bin("tsx"), ["src/deck/node/check-decks-cli.ts"]));

const vitestOk = run("unit + component tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reports}/vitest.json`,
]);
const vitest = readJson(`${reports}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  if (!vitestOk && !vitest.numFailedTests) failed += 1;
} else if (!vitestOk) failed += 1;

const buildOk = run("build", bin("vite"), ["build"]);
countStep(buildOk);

if (buildOk) {
  const browserOk = run("chromium", process.execPath, ["scripts/ensure-chromium.mjs"]);
  if (browserOk) {
    const e2eOk = run("e2e tests (Chromium)", bin("playwright"), ["test"]);
    const e2e = readJson(`${reports}/playwright.json`);
    if (e2e?.stats) {
      passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
      failed += e2e.stats.unexpected ?? 0;
      if (!e2eOk && !e2e.stats.unexpected) failed += 1;
    } else if (!e2eOk) failed += 1;
  } else failed += 1;
} else {
  console.log("e2e tests skipped: the build failed.");
}

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
