import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

/** What a database's `upgrade` gets: the database, the version it had (0 when new) and the upgrade transaction. */
export type Upgrade<S extends DBSchema> = (
  db: IDBPDatabase<S>,
  oldVersion: number,
  transaction: IDBPTransaction<S, StoreNames<S>[], "versionchange">,
) => Promise<void>;

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
  const forget = () => {
    pending = undefined;
  };
  return {
    open() {
      if (typeof indexedDB === "undefined") return Promise.reject(new Error("IndexedDB is not available in this browser"));
      pending ??= openDB<S>(name, version, {
        // The upgrade transaction commits when nothing more is asked of it: `upgrade` awaits only IndexedDB requests.
        upgrade: (db, oldVersion, _newVersion, transaction) => {
          void upgrade(db, oldVersion, transaction).catch(() => transaction.abort());
        },
        blocking: () => {
          void pending?.then((db) => db.close());
          forget();
        },
        terminated: forget,
      });
      pending.catch(forget);
      return pending;
    },
    close() {
      void pending?.then((db) => db.close()).catch(() => undefined);
      forget();
    },
  };
}
