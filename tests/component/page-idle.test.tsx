import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as PageIdleModule from "../../src/store/page-idle.ts";

// When code the current screen does not show may load (src/store/page-idle.ts): after the load
// event, a quiet network and an idle period, one task at a time. The browser's clock, resource
// timings and idle callbacks are all driven by hand here.

type PageIdle = typeof PageIdleModule;

let resourceEnds: number[] = [];
let idleCallbacks: (() => void)[] = [];
let readyState: DocumentReadyState = "loading";

async function freshModule(): Promise<PageIdle> {
  vi.resetModules();
  return import("../../src/store/page-idle.ts");
}

/** Runs the idle callbacks asked for so far (as a browser with nothing else to do would). */
async function idle() {
  const pending = idleCallbacks;
  idleCallbacks = [];
  for (const callback of pending) callback();
  await vi.advanceTimersByTimeAsync(0);
}

function loadEvent() {
  readyState = "complete";
  window.dispatchEvent(new Event("load"));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  resourceEnds = [];
  idleCallbacks = [];
  readyState = "loading";
  vi.spyOn(document, "readyState", "get").mockImplementation(() => readyState);
  vi.spyOn(performance, "getEntriesByType").mockImplementation(
    () => resourceEnds.map((responseEnd) => ({ responseEnd }) as PerformanceResourceTiming),
  );
  vi.stubGlobal("requestIdleCallback", (callback: () => void) => {
    idleCallbacks.push(callback);
    return idleCallbacks.length;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("afterPageIdle", () => {
  it("waits for the load event, then for the network to be quiet, then for an idle period", async () => {
    const { afterPageIdle, NETWORK_QUIET_MS } = await freshModule();
    const task = vi.fn();
    afterPageIdle(task);

    await vi.advanceTimersByTimeAsync(10_000);
    await idle();
    expect(task).not.toHaveBeenCalled(); // still loading

    resourceEnds = [performance.now()]; // the last chunk has just arrived
    loadEvent();
    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS - 100);
    await idle();
    expect(task).not.toHaveBeenCalled();

    // Another file finishes: the quiet window starts again from it.
    resourceEnds.push(performance.now());
    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS - 100);
    await idle();
    expect(task).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(200);
    await idle(); // the page's idle period
    await idle(); // the task's own
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs tasks one at a time, in order, each in its own idle period after the one before has settled", async () => {
    const { afterPageIdle, NETWORK_QUIET_MS } = await freshModule();
    loadEvent();
    const order: string[] = [];
    let finishFirst: () => void = () => undefined;
    afterPageIdle(() => {
      order.push("first started");
      return new Promise<void>((resolve) => {
        finishFirst = () => {
          order.push("first done");
          resolve();
        };
      });
    });
    afterPageIdle(() => {
      order.push("second");
    });

    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS);
    await idle();
    await idle();
    expect(order).toEqual(["first started"]);
    await idle();
    expect(order).toEqual(["first started"]); // the import it stands for is still on its way

    finishFirst();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(["first started", "first done"]); // the second waits for an idle period
    await idle();
    expect(order).toEqual(["first started", "first done", "second"]);
  });

  it("goes on after a task that fails, and takes tasks asked for after the queue ran dry", async () => {
    const { afterPageIdle, NETWORK_QUIET_MS } = await freshModule();
    loadEvent();
    const later = vi.fn();
    afterPageIdle(() => Promise.reject(new Error("offline")));
    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS);
    await idle();
    await idle();
    await idle();

    afterPageIdle(later);
    await idle();
    await idle();
    expect(later).toHaveBeenCalledTimes(1);
  });
});
