// History budgets of issue 4, called by `npm run bench` (scripts/bench.ts) once the app is built
// and served: the history page with 1,000 stored sessions of 20 questions renders in < 300 ms;
// today's due queue over 10,000 questions in < 50 ms; none of the history, review or backup code
// is in the setup page's first paint.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import type { Question } from "../src/deck/deck-types.ts";
import { parseSessionSummary } from "../src/interview/history-summary.ts";
import {
  applyGrade,
  dueQueue,
  parseReviewState,
  recordReview,
  reviewEventsOf,
  type ReviewState,
} from "../src/interview/review-schedule.ts";
import { createSession, transition, type SessionEvent } from "../src/interview/session-machine.ts";
import { stampChange } from "../src/interview/session-merge.ts";
import type { Grade, Session, SessionConfig } from "../src/interview/session-types.ts";
import { createRandom, type RandomSource } from "../src/lib/seeded-random.ts";
import {
  HISTORY_DB_NAME,
  HISTORY_DB_VERSION,
  HISTORY_SCHEMA,
  HISTORY_STORES,
  historyRecordsFor,
  type StoredRecord,
} from "../src/store/history-db.ts";
import { parseQuestionMeta, parseSession, parseSessionConfig } from "../src/store/migrations.ts";
import { SEED_SECTIONS } from "../tests/fixtures/seed-facts.ts";
import { median, timeIt, type Manifest, type Report } from "./bench-stats.ts";

export interface HistoryBenchContext {
  browser: Browser;
  /** Port of `vite preview` serving the build. */
  port: number;
  /** dist/.vite/manifest.json. */
  manifest: Manifest;
  /** Files (as in the manifest) of the setup page's first paint. */
  firstPaint: ReadonlySet<string>;
  distDir: string;
  report: Report;
}

const DAY = 86_400_000;
const SESSIONS = 1_000;
const QUESTIONS_PER_SESSION = 20;
/** Distinct questions the sessions draw from (each asked about 50 times). */
const QUESTION_POOL = 400;
function questionPool(): Question[] {
  return Array.from({ length: QUESTION_POOL }, (_, i) => {
    const deckId = i % 4 === 0 ? "system-design" : "aws-cloud";
    const scenario = i % 5 === 0;
    return {
      id: `${deckId}/bench-question-${i}`,
      deckId,
      label: `${scenario ? "S" : "Q"}${i + 1}`,
      kind: scenario ? "scenario" : "concept",
      section: SEED_SECTIONS[i % SEED_SECTIONS.length]!,
      prompt: `How would you explain, design and operate component ${i} of a production system, and what would you watch?`,
      answer: "An answer.",
      keyPoints: ["one", "two", "three", "four"],
      hash: `hash-${i}`,
      line: i + 1,
    };
  });
}

function pick<T>(items: readonly T[], count: number, random: RandomSource): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** `count` finished sessions, one every day or so (1,000: about three years), played through the app's own rules. */
export function generateHistory(count = SESSIONS): { sessions: Session[]; reviews: Record<string, ReviewState> } {
  const random = createRandom("bench-history");
  const pool = questionPool();
  const start = Date.UTC(2023, 0, 2, 8, 0, 0);
  const sessions: Session[] = [];
  for (let n = 0; n < count; n += 1) {
    const at = start + Math.round(n * 1.1 * DAY);
    const questions = pick(pool, QUESTIONS_PER_SESSION, random);
    const config: SessionConfig = {
      deckIds: ["aws-cloud", "system-design"],
      sections: null,
      kinds: ["concept", "scenario"],
      count: QUESTIONS_PER_SESSION,
      order: "shuffled",
      seed: `bench${n}`,
      perQuestionSeconds: { concept: 180, scenario: 360 },
      totalSeconds: null,
      onTimeUp: "overrun",
      mode: "practice",
    };
    let session = stampChange(
      null,
      createSession(config, questions, { id: `bench-${String(n).padStart(4, "0")}`, at }),
      at,
    );
    const send = (event: SessionEvent) => {
      session = stampChange(session, transition(session, event), event.at);
    };
    let t = at;
    for (let i = 0; i < QUESTIONS_PER_SESSION; i += 1) {
      t += 20_000 + Math.round(random() * 200_000);
      send({ type: "revealed", at: t });
      t += 5_000;
      if (random() < 0.05) send({ type: "skipped", at: t, fromIndex: i });
      else {
        send({ type: "graded", at: t, grade: (1 + Math.floor(random() * 4)) as Grade });
        if (i < QUESTIONS_PER_SESSION - 1) send({ type: "movedNext", at: t + 1, fromIndex: i });
      }
    }
    send({ type: "finished", at: t + 1_000 });
    sessions.push(session);
  }
  const reviews: Record<string, ReviewState> = {};
  for (const session of sessions) {
    for (const { questionId, event } of reviewEventsOf(session))
      reviews[questionId] = recordReview(reviews[questionId], event);
  }
  return { sessions, reviews };
}

/** `count` questions with a review state each, graded once or twice over the last months. */
function generateReviewStates(count: number): { states: Record<string, ReviewState>; ids: string[]; now: number } {
  const random = createRandom("bench-due");
  const now = Date.UTC(2026, 2, 1, 12, 0, 0);
  const states: Record<string, ReviewState> = {};
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `deck-${i % 20}/question-${i}`;
    const first = now - Math.round(random() * 120 * DAY);
    let state = applyGrade(undefined, (1 + Math.floor(random() * 4)) as Grade, first, `a${i}`);
    if (random() < 0.5)
      state = applyGrade(
        state,
        (1 + Math.floor(random() * 4)) as Grade,
        first + Math.round(random() * 20 * DAY),
        `b${i}`,
      );
    states[id] = state;
    ids.push(id);
  }
  return { states, ids, now };
}

function benchDueQueue(report: Report) {
  const { states, ids, now } = generateReviewStates(10_000);
  let due = 0;
  const ms = timeIt(20, () => {
    due = dueQueue(states, ids, now).length;
  });
  report(
    `today's due queue over ${ids.length.toLocaleString("en")} questions (${due} due)`,
    `${ms.toFixed(2)} ms median of 20`,
    "< 50 ms",
    ms < 50,
  );
}

function benchValidation(report: Report, sessions: readonly Session[], reviews: Record<string, ReviewState>) {
  // As IndexedDB gives them back: plain data, checked again on every read.
  const stored = (JSON.parse(JSON.stringify(historyRecordsFor(sessions, reviews))) as StoredRecord[]).map(
    (record) => record.value as Record<string, unknown>,
  );
  const kind = (name: string) => stored.filter((record) => record.kind === name);
  const summaries = kind("summary").map((record) => record.summary);
  const metas = kind("question").map((record) => (record.entry as { meta: unknown }).meta);
  let checked = 0;
  const pageMs = timeIt(5, () => {
    checked = summaries.filter((s) => parseSessionSummary(s, parseSessionConfig) !== undefined).length;
    checked += metas.filter((m) => parseQuestionMeta(m) !== undefined).length;
  });
  report(
    `check what the history page reads: ${summaries.length} session summaries + ${metas.length} questions (Node, information)`,
    `${pageMs.toFixed(1)} ms median of 5, ${checked} valid`,
    "part of the 300 ms",
    checked === summaries.length + metas.length,
  );
  const fullSessions = kind("session").map((record) => record.session);
  const fullReviews = kind("review").map((record) => record.state);
  let valid = 0;
  const fullMs = timeIt(5, () => {
    valid = fullSessions.filter((s) => parseSession(s) !== undefined).length;
    valid += fullReviews.filter((r) => parseReviewState(r) !== undefined).length;
  });
  report(
    `validate every full record: ${fullSessions.length} sessions + ${fullReviews.length} review states (Node; export, import, first visit after the update, information)`,
    `${fullMs.toFixed(0)} ms median of 5, ${valid} valid`,
    "none",
    valid === fullSessions.length + fullReviews.length,
  );
}

/** Writes the records into the app's history database, in the layout given (stores and their indexes). */
export const SEED_SCRIPT = `async ([dbName, version, stores, records]) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, version);
    request.onupgradeneeded = () => {
      for (const [name, indexes] of stores) {
        const store = request.result.createObjectStore(name);
        for (const [index, keyPath] of Object.entries(indexes)) store.createIndex(index, keyPath);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(stores.map(([name]) => name), "readwrite");
    for (const [store, key, value] of records) tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return records.length;
}`;

/**
 * From a click on "History" in the header to the first frame painted after the sessions table is
 * in the page (the route's loader reads and validates IndexedDB, then the screen renders).
 */
const NAVIGATE_SCRIPT = `new Promise((resolve) => {
  const link = document.querySelector('nav[aria-label="Main"] a[href="/history"]');
  performance.mark("history-click");
  const start = performance.now();
  link.click();
  const check = () => {
    const rows = document.querySelectorAll('[data-testid="history-row"]');
    if (rows.length > 0) requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - start, rows: rows.length })));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/** A load of /history (navigation start to the table painted), for information. */
const LOAD_SCRIPT = `new Promise((resolve) => {
  const check = () => {
    const rows = document.querySelectorAll('[data-testid="history-row"]');
    if (rows.length > 0) requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    else requestAnimationFrame(check);
  };
  check();
})`;

/** A database to seed: its version, its stores (with their indexes) and `[store, key, value]` records. */
export interface Seed {
  version: number;
  stores: [string, Record<string, string>][];
  records: [string, string, unknown][];
}

/**
 * The database as the app leaves it after filing these sessions, or (`firstLayout`) as the
 * first version of the app left it: one key-value store, kinds in key prefixes, no index.
 */
export function storedRecords(sessions: readonly Session[], reviews: Record<string, ReviewState>, firstLayout: boolean): Seed {
  // Results were moved from localStorage on an earlier visit, as for anyone with a history.
  const marker = { schema: HISTORY_SCHEMA, kind: "marker", at: Date.now() };
  const records = historyRecordsFor(sessions, reviews);
  if (firstLayout) {
    const prefixes: Partial<Record<string, string>> = { sessions: "session:", reviews: "review:" };
    const kept = records.filter((r) => prefixes[r.store] !== undefined);
    return {
      version: 1,
      stores: [["records", {}]],
      records: [
        ...kept.map((r): [string, string, unknown] => ["records", `${prefixes[r.store]}${r.key}`, r.value]),
        ["records", "meta:migrated-local-storage", marker],
      ],
    };
  }
  const stores = Object.entries(HISTORY_STORES).map(([name, spec]): [string, Record<string, string>] => [
    name,
    { ...("indexes" in spec ? spec.indexes : {}) },
  ]);
  return {
    version: HISTORY_DB_VERSION,
    stores,
    records: [...records.map((r): [string, string, unknown] => [r.store, r.key, r.value]), ["meta", "migrated-local-storage", marker]],
  };
}

/** Fresh browser contexts with the database filled, each measured: click History → table painted. */
async function timeHistoryClicks(ctx: HistoryBenchContext, seed: Seed, runs: number) {
  const base = `http://127.0.0.1:${ctx.port}`;
  const clicks: number[] = [];
  const loads: number[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run += 1) {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    // A page of the app's origin that runs none of its code, to fill the database first.
    await page.goto(`${base}/robots.txt`);
    // Strings, not functions: the TypeScript runner would wrap a function with helpers the page lacks.
    const seeded = await page.evaluate(
      `(${SEED_SCRIPT})(${JSON.stringify([HISTORY_DB_NAME, seed.version, seed.stores, seed.records])})`,
    );
    if (seeded !== seed.records.length) throw new Error(`seeding the history database wrote ${String(seeded)} records`);
    await page.goto(`${base}/`, { waitUntil: "networkidle" });
    const click = (await page.evaluate(NAVIGATE_SCRIPT)) as { ms: number; rows: number };
    clicks.push(click.ms);
    rows = click.rows;
    await page.goto(`${base}/history`);
    loads.push((await page.evaluate(LOAD_SCRIPT)) as number);
    await context.close();
  }
  return { clicks, loads, rows };
}

async function benchHistoryPage(
  ctx: HistoryBenchContext,
  sessions: readonly Session[],
  reviews: Record<string, ReviewState>,
) {
  const { clicks, loads, rows } = await timeHistoryClicks(ctx, storedRecords(sessions, reviews, false), 5);
  const ms = median(clicks);
  ctx.report(
    `history page, ${sessions.length} sessions × ${QUESTIONS_PER_SESSION} questions: click History → table painted`,
    `${ms.toFixed(0)} ms median of ${clicks.length} (${clicks.map((v) => v.toFixed(0)).join(", ")}), ${rows} rows shown`,
    "< 300 ms",
    ms < 300,
  );
  ctx.report(
    "history page loaded directly (/history, navigation start → table painted, information)",
    `${median(loads).toFixed(0)} ms median of ${loads.length}`,
    "none",
    true,
  );
  // A database of the first layout (no object store per kind, no index): the first visit
  // upgrades it and builds the index, once.
  const first = await timeHistoryClicks(ctx, storedRecords(sessions, reviews, true), 1);
  ctx.report(
    "history page, first visit after the update to object stores (moved and indexed once, information)",
    `${first.clicks[0]!.toFixed(0)} ms; the reload after it ${first.loads[0]!.toFixed(0)} ms`,
    "none",
    true,
  );
}

/** Chunks and strings that belong to history, review scheduling and backup only. */
function benchFirstPaint(ctx: HistoryBenchContext) {
  const keys = Object.keys(ctx.manifest).filter(
    (key) => key === "src/routes/history.tsx?tsr-split=component" || /^_(history-db|load-history)-/.test(key),
  );
  const chunks = keys.map((key) => ctx.manifest[key]!.file);
  const inFirstPaint = chunks.filter((file) => ctx.firstPaint.has(file));
  // Whatever the chunking, these strings only exist in that code: the history database's own keys
  // (its name alone is asked on the setup page, to tell a first visit, see stored-data.ts), the FSRS
  // scheduler's options (ts-fsrs), the backup file format, the history screen.
  const markers = ["migrated-local-storage", "enable_fuzz", "rehearse-backup", "Mastery per topic"];
  const found = [...ctx.firstPaint].flatMap((file) => {
    const text = readFileSync(path.join(ctx.distDir, file), "utf8");
    return markers.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${file}`);
  });
  const ok = keys.length >= 3 && inFirstPaint.length === 0 && found.length === 0;
  ctx.report(
    "history, review and backup code in the setup page's first paint",
    ok
      ? `none (${chunks.length} chunks: ${chunks.map((f) => path.basename(f)).join(", ")}; markers ${markers.join(", ")} absent)`
      : `found: ${[...inFirstPaint, ...found].join("; ") || `only ${keys.length} history chunks in the manifest`}`,
    "none",
    ok,
  );
}

/** Every history budget; the Chromium ones reuse bench.ts's browser and preview server. */
export async function benchHistory(ctx: HistoryBenchContext): Promise<void> {
  benchDueQueue(ctx.report);
  const { sessions, reviews } = generateHistory();
  benchValidation(ctx.report, sessions, reviews);
  benchFirstPaint(ctx);
  await benchHistoryPage(ctx, sessions, reviews);
}
