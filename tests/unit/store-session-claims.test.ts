import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CLAIM_WAIT_MS, createSessionClaims } from "../../src/store/session-claims.ts";

/**
 * An in-memory Web Locks manager shared by several "tabs": exclusive locks granted in request
 * order, released when the callback's promise settles, requests abortable by their signal.
 */
function createLockServer() {
  type Waiter = { name: string; client: string; grant: () => void };
  const held = new Map<string, string>();
  const queue: Waiter[] = [];
  const grantNext = (name: string) => {
    const index = queue.findIndex((w) => w.name === name);
    if (index >= 0) queue.splice(index, 1)[0]!.grant();
  };
  function managerFor(client: string) {
    const manager = {
      request(
        name: string,
        options: { signal?: AbortSignal },
        callback: (lock: Lock | null) => unknown,
      ): Promise<unknown> {
        return new Promise((resolve, reject) => {
          const run = () => {
            held.set(name, client);
            Promise.resolve(callback({ name, mode: "exclusive" } as Lock)).then((value) => {
              held.delete(name);
              grantNext(name);
              resolve(value);
            }, reject);
          };
          if (!held.has(name)) return run();
          const waiter: Waiter = { name, client, grant: run };
          queue.push(waiter);
          options.signal?.addEventListener("abort", () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(new DOMException("aborted", "AbortError"));
          });
        });
      },
      async query() {
        return {
          held: [...held].map(([name, clientId]) => ({ name, clientId, mode: "exclusive" as const })),
          pending: queue.map((w) => ({ name: w.name, clientId: w.client, mode: "exclusive" as const })),
        };
      },
    };
    return manager as unknown as Pick<LockManager, "request" | "query">;
  }
  /** A tab closing: the browser releases every lock it held and drops its requests. */
  function close(client: string) {
    for (const [name, owner] of [...held]) {
      if (owner === client) {
        held.delete(name);
        grantNext(name);
      }
    }
  }
  return { managerFor, close, held };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("session claims (Web Locks)", () => {
  it("lets one tab hold a session; another tab waiting for it gives up and sees it as busy", async () => {
    const server = createLockServer();
    const tabA = createSessionClaims(() => server.managerFor("a"));
    const tabB = createSessionClaims(() => server.managerFor("b"));
    expect(await tabA.claim("s1")).toBe(true);
    expect(await tabA.busyElsewhere()).toEqual(new Set());
    expect(await tabB.busyElsewhere()).toEqual(new Set(["s1"]));

    const claimed = tabB.claim("s1");
    await vi.advanceTimersByTimeAsync(CLAIM_WAIT_MS + 1);
    expect(await claimed).toBe(false);
    expect(server.held.get("rehearse.session.s1")).toBe("a");
  });

  it("hands a session over when its tab lets go or closes within the wait (a reload)", async () => {
    const server = createLockServer();
    const tabA = createSessionClaims(() => server.managerFor("a"));
    const tabB = createSessionClaims(() => server.managerFor("b"));
    await tabA.claim("s1");
    const reloaded = tabB.claim("s1");
    // While B waits, its own request is not "another tab's".
    expect(await tabB.busyElsewhere()).toEqual(new Set(["s1"]));
    server.close("a");
    await flush();
    expect(await reloaded).toBe(true);
    expect(await tabB.busyElsewhere()).toEqual(new Set());
    expect(server.held.get("rehearse.session.s1")).toBe("b");
  });

  it("releases the session held before when it claims another, or none", async () => {
    const server = createLockServer();
    const tab = createSessionClaims(() => server.managerFor("a"));
    await tab.claim("s1");
    expect(await tab.claim("s2")).toBe(true);
    await flush();
    expect([...server.held.keys()]).toEqual(["rehearse.session.s2"]);
    expect(await tab.claim(null)).toBe(true);
    await flush();
    expect(server.held.size).toBe(0);
  });

  it("a claim replaced before it was granted lets the lock go at once", async () => {
    const server = createLockServer();
    const other = createSessionClaims(() => server.managerFor("b"));
    const tab = createSessionClaims(() => server.managerFor("a"));
    await other.claim("s1");
    const first = tab.claim("s1");
    expect(await tab.claim("s2")).toBe(true);
    await other.claim(null);
    await flush();
    expect(await first).toBe(false);
    expect([...server.held.keys()]).toEqual(["rehearse.session.s2"]);
  });

  it("without Web Locks, claims succeed and which sessions are busy elsewhere cannot be told", async () => {
    const tab = createSessionClaims(() => undefined);
    expect(await tab.claim("s1")).toBe(true);
    expect(await tab.busyElsewhere()).toBeNull();
  });
});
