/**
 * When code that the current screen does not show may load: after the page has loaded, once the
 * network has been quiet for a while, in the browser's idle time, one piece at a time. A phone
 * spends its first seconds on what the person sees; the session rules, the service worker and
 * the answer renderer come after, each in its own idle period, so none of them makes a long task
 * or competes with the first paint for bandwidth.
 */

/**
 * How long no resource may have finished loading before the network counts as quiet. Nothing that
 * waits for it is urgent (a press on Start loads the session store at once), so it errs long.
 */
export const NETWORK_QUIET_MS = 3000;
/** An idle callback that has not come by then runs anyway (a page that is never idle still gets there). */
const IDLE_TIMEOUT_MS = 2000;

type IdleTask = () => unknown;

const queue: IdleTask[] = [];
let pageIdle: Promise<void> | null = null;
let draining = false;

function loaded(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
}

/** The end of the last resource that finished loading, in `performance.now()` time. */
function lastResourceEnd(): number {
  const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  // No entries at all (a test DOM, a browser that keeps none): nothing to wait for.
  let last = entries.length === 0 ? -Infinity : 0;
  for (const entry of entries) last = Math.max(last, entry.responseEnd);
  return last;
}

/** Resolves once no resource has finished for `NETWORK_QUIET_MS` (checked again after each new one). */
function networkQuiet(): Promise<void> {
  if (typeof performance === "undefined" || typeof performance.getEntriesByType !== "function") {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const check = () => {
      const quietFor = performance.now() - lastResourceEnd();
      if (quietFor >= NETWORK_QUIET_MS) resolve();
      else setTimeout(check, NETWORK_QUIET_MS - quietFor);
    };
    check();
  });
}

/** The next idle period (a timer where the browser has no idle callbacks: Safari). */
function idlePeriod(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 50);
  });
}

/** Resolves (once per page) when the page has loaded and the network has been quiet. */
export function whenPageIdle(): Promise<void> {
  pageIdle ??=
    typeof window === "undefined" ? Promise.resolve() : loaded().then(networkQuiet).then(idlePeriod);
  return pageIdle;
}

async function drain(): Promise<void> {
  draining = true;
  await whenPageIdle();
  for (let task = queue.shift(); task; task = queue.shift()) {
    await idlePeriod();
    try {
      // A task that returns a promise (an import) holds the next one back until it settles.
      await task();
    } catch {
      // A prefetch that fails is tried again by whoever needs the code.
    }
  }
  draining = false;
}

/**
 * Runs `task` after the page is idle, in an idle period of its own: tasks run one at a time, in the
 * order they were asked for, each waiting for the one before it to settle.
 */
export function afterPageIdle(task: IdleTask): void {
  queue.push(task);
  if (!draining) void drain();
}
