import type { UseStore } from "idb-keyval";
import { isRecord } from "../lib/is-record.ts";

/**
 * What the app's IndexedDB databases (history, saved decks) share: promises over IDB requests,
 * read-then-write in one transaction, key ranges by prefix, and a BroadcastChannel that tells
 * other tabs what changed.
 */

export function requestValue<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

/** Every key that starts with `prefix` (e.g. `"summary:"`), and nothing else. */
export function keyPrefixRange(prefix: string): IDBKeyRange {
  // The first string after every "<prefix>…" is the prefix with its last character moved on by one.
  const after = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return IDBKeyRange.bound(prefix, after, false, true);
}

/** The values of `keys` (or of every record with `"all"`), keyed. */
export function readEntries(objectStore: IDBObjectStore, keys: readonly string[] | "all"): Promise<Map<string, unknown>> {
  return keys === "all"
    ? Promise.all([requestValue(objectStore.getAllKeys()), requestValue(objectStore.getAll())]).then(
        ([allKeys, values]) => new Map(allKeys.map((k, i) => [String(k), values[i]])),
      )
    : Promise.all(keys.map((key) => requestValue(objectStore.get(key)))).then((values) => new Map(keys.map((k, i) => [k, values[i]])));
}

/** What a write decides, given what it read. */
export interface WritePlan<T> {
  puts: Map<string, unknown>;
  deletes?: string[];
  result: T;
}

/**
 * Runs `read` and then writes what `decide` returns, in one read-write transaction. `decide` is
 * synchronous on purpose: awaiting anything else would let the transaction commit half-way. If
 * `read` or `decide` throws, the transaction is aborted (nothing is written) and the error passed on.
 */
export function readThenWrite<R, T>(
  store: UseStore,
  read: (objectStore: IDBObjectStore) => Promise<R>,
  decide: (current: R) => WritePlan<T>,
): Promise<T> {
  return store("readwrite", (objectStore) => {
    const done = transactionDone(objectStore.transaction);
    done.catch(() => undefined); // observed below; this only keeps an early abort from going unhandled
    // IDB request callbacks resolve the reads within the transaction's lifetime, and the writes
    // below are issued from that same microtask chain, so the transaction stays open.
    return read(objectStore)
      .then((current) => {
        const plan = decide(current);
        for (const [key, value] of plan.puts) objectStore.put(value, key);
        for (const key of plan.deletes ?? []) objectStore.delete(key);
        return done.then(() => plan.result);
      })
      .catch((error: unknown) => {
        try {
          objectStore.transaction.abort();
        } catch {
          // already finished
        }
        throw error;
      });
  });
}

/** Changes of one database, heard from other tabs (and, when announced so, from this one). */
export interface ChangeChannel<C> {
  /** Tells the other tabs; with `local`, this tab's listeners too. */
  announce(change: C, options?: { local?: boolean }): void;
  subscribe(listener: (change: C) => void): () => void;
  close(): void;
}

/** A BroadcastChannel named `name`, opened on first use; messages that fail `isChange` are ignored. */
export function createChangeChannel<C>(name: string, isChange: (data: Record<string, unknown>) => boolean): ChangeChannel<C> {
  const listeners = new Set<(change: C) => void>();
  let channel: BroadcastChannel | undefined;
  const notify = (change: C) => {
    for (const listener of [...listeners]) listener(change);
  };
  const open = () => {
    if (channel === undefined && typeof BroadcastChannel !== "undefined") {
      channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const data = event.data;
        if (isRecord(data) && isChange(data)) notify(data as C);
      };
    }
    return channel;
  };
  return {
    announce(change, options) {
      if (options?.local) notify(change);
      try {
        open()?.postMessage(change);
      } catch {
        // a closed channel: other tabs see the change on their next read
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      open();
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      channel?.close();
      channel = undefined;
      listeners.clear();
    },
  };
}
