/**
 * Which tab runs which open session, through the Web Locks API: a tab holds the lock
 * `rehearse.session.<id>` while it runs that session. The browser releases a tab's locks when the
 * tab closes, reloads or crashes, so "held by another tab" means exactly "running elsewhere", and
 * two tabs can never both take one session (a duplicated tab, which copies its sessionStorage,
 * finds the lock taken and gives the session back).
 *
 * Without Web Locks (old browsers, jsdom) claims always succeed and `busyElsewhere` answers
 * `null` ("cannot tell"); the store then falls back on heartbeats.
 */

const LOCK_PREFIX = "rehearse.session.";

/**
 * How long a claim waits for the lock. A reloaded tab asks for its session's lock while the
 * page it replaces may still hold it for a moment; a lock still held after this is another tab's.
 */
export const CLAIM_WAIT_MS = 3_000;

export interface SessionClaims {
  /**
   * Holds the lock of session `id`, releasing the one held before (`null`: hold none). Resolves
   * true once held (or without Web Locks), false when another tab holds it (or a newer claim
   * replaced this one before it was granted).
   */
  claim(id: string | null): Promise<boolean>;
  /** Ids of sessions whose lock another tab holds or waits for; `null` without Web Locks. */
  busyElsewhere(): Promise<Set<string> | null>;
}

type Locks = Pick<LockManager, "request" | "query">;

function browserLocks(): Locks | undefined {
  return typeof navigator !== "undefined" && "locks" in navigator && navigator.locks ? navigator.locks : undefined;
}

/** The claims of this tab; `getLocks` is replaceable for tests. */
export function createSessionClaims(getLocks: () => Locks | undefined = browserLocks): SessionClaims {
  let generation = 0;
  let heldId: string | null = null;
  /** The id of the latest claim, granted or still waiting. */
  let wantedId: string | null = null;
  let release: (() => void) | null = null;

  const releaseHeld = () => {
    release?.();
    release = null;
    heldId = null;
  };

  return {
    claim(id) {
      generation += 1;
      const mine = generation;
      const locks = getLocks();
      if (id === heldId && id !== null && release !== null) return Promise.resolve(true);
      releaseHeld();
      wantedId = id;
      if (id === null || locks === undefined) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), CLAIM_WAIT_MS);
        locks
          .request(LOCK_PREFIX + id, { signal: controller.signal }, () => {
            clearTimeout(timer);
            if (mine !== generation) {
              resolve(false);
              return undefined; // released at once: a newer claim replaced this one
            }
            heldId = id;
            resolve(true);
            return new Promise<void>((done) => {
              release = done;
            });
          })
          .catch(() => {
            clearTimeout(timer);
            resolve(false);
          });
      });
    },

    async busyElsewhere() {
      const locks = getLocks();
      if (locks === undefined) return null;
      try {
        const snapshot = await locks.query();
        const busy = new Set<string>();
        const idOf = (lock: LockInfo) =>
          lock.name?.startsWith(LOCK_PREFIX) ? lock.name.slice(LOCK_PREFIX.length) : null;
        // This tab's own lock is listed too, and so is its own request while it waits.
        for (const lock of snapshot.held ?? []) {
          const id = idOf(lock);
          if (id !== null && id !== heldId) busy.add(id);
        }
        for (const lock of snapshot.pending ?? []) {
          const id = idOf(lock);
          if (id !== null && id !== heldId && id !== wantedId) busy.add(id);
        }
        return busy;
      } catch {
        return null;
      }
    },
  };
}
