import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

/** What a database's `upgrade` gets: the database, the version it had (0 when new) and the upgrade transaction. */
export type Upgrade<S extends DBSchema> = (
  db: IDBPDatabase<S>,
  oldVersion: number,
  transaction: IDBPTransaction<S, StoreNames<S>[], "versionchange">,
) => Promise<void>;

/**
 * Another tab holds the database open at an older version (a tab still running an older build)
 * and does not let go: the upgrade waits for it, so the caller is told instead of waiting.
 */
export class UpgradeBlockedError extends Error {
  constructor() {
    super("Rehearse is open in another tab that runs an older version. Reload or close that tab, then reload this one.");
    this.name = "UpgradeBlockedError";
  }
}

/** A database opened on first use and again after the browser or another tab closed it. */
export interface LazyDatabase<S extends DBSchema> {
  open(): Promise<IDBPDatabase<S>>;
  close(): void;
}

/**
 * Opens `name` at `version` through idb when first asked. The connection closes itself when a tab
 * running a newer build needs to upgrade (otherwise that tab would wait for this one to close),
 * and the next call opens it again (and so fails with a VersionError, said in words by the
 * callers, instead of writing the old layout into the new one).
 */
export function lazyDatabase<S extends DBSchema>(name: string, version: number, upgrade: Upgrade<S>): LazyDatabase<S> {
  let pending: Promise<IDBPDatabase<S>> | undefined;
  /**
   * An open request that another tab is holding up. Later requests would queue behind it without a
   * word, so until it goes through they fail at once; when it does, its connection is the one used.
   */
  let heldUp: Promise<IDBPDatabase<S>> | undefined;
  const forget = () => {
    pending = undefined;
  };
  return {
    open() {
      if (typeof indexedDB === "undefined") return Promise.reject(new Error("IndexedDB is not available in this browser"));
      if (pending !== undefined) return pending;
      if (heldUp !== undefined) return Promise.reject(new UpgradeBlockedError());
      let blocked: (error: Error) => void = () => undefined;
      const opening: Promise<IDBPDatabase<S>> = openDB<S>(name, version, {
        // The upgrade transaction commits when nothing more is asked of it: `upgrade` awaits only IndexedDB requests.
        upgrade: (db, oldVersion, _newVersion, transaction) => {
          void upgrade(db, oldVersion, transaction).catch(() => {
            try {
              transaction.abort();
            } catch {
              // already finished
            }
          });
        },
        blocked: () => {
          heldUp = opening;
          blocked(new UpgradeBlockedError());
        },
        blocking: () => {
          void opening.then((db) => db.close());
          forget();
        },
        terminated: forget,
      });
      const current = Promise.race([
        opening,
        new Promise<never>((_, reject) => {
          blocked = reject;
        }),
      ]);
      pending = current;
      current.catch(() => {
        if (pending === current) forget();
      });
      opening.then(
        () => {
          if (heldUp !== opening) return;
          heldUp = undefined;
          pending = opening;
        },
        () => {
          if (heldUp === opening) heldUp = undefined;
        },
      );
      return current;
    },
    close() {
      const open = pending ?? heldUp;
      heldUp = undefined;
      forget();
      void open?.then((db) => db.close()).catch(() => undefined);
    },
  };
}
