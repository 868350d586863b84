import { HISTORY_DB_NAME, HISTORY_DB_VERSION, upgradeHistory } from "../../src/store/history-db.ts";
import { unwrap, type DBSchema } from "idb";
import { lazyDatabase, type Upgrade } from "../../src/store/idb-open.ts";
import { SAVED_DECKS_DB_NAME, SAVED_DECKS_DB_VERSION, upgradeSavedDecks } from "../../src/store/saved-decks-db.ts";

/** Raw access to one object store of a database, as devtools (or damage) would touch it: untyped, unchecked. */
export interface RawStore {
  put(key: string, value: unknown): Promise<void>;
  get(key: string): Promise<unknown>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

function rawStores<S extends DBSchema>(name: string, version: number, upgrade: Upgrade<S>) {
  /** Opens its own connection per call and closes it, so that it never holds up an upgrade. */
  const withStore = async <T>(store: string, run: (objectStore: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = lazyDatabase(name, version, upgrade);
    const db = unwrap(await database.open());
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, "readwrite");
        const request = run(tx.objectStore(store));
        tx.oncomplete = () => resolve(request.result);
        tx.onabort = tx.onerror = () => reject(tx.error ?? request.error);
      });
    } finally {
      database.close();
    }
  };
  return (store: string): RawStore => ({
    put: (key, value) => withStore(store, (s) => s.put(value, key)).then(() => undefined),
    get: (key) => withStore(store, (s) => s.get(key)),
    delete: (key) => withStore(store, (s) => s.delete(key)),
    keys: () => withStore(store, (s) => s.getAllKeys()).then((keys) => keys.map(String).sort()),
    clear: () => withStore(store, (s) => s.clear()),
  });
}

/** One store of a history database (today's layout). */
export function rawHistoryStore(store: string, dbName = HISTORY_DB_NAME): RawStore {
  return rawStores(dbName, HISTORY_DB_VERSION, upgradeHistory)(store);
}

/** One store of a saved-decks database (today's layout). */
export function rawDecksStore(store: string, dbName = SAVED_DECKS_DB_NAME): RawStore {
  return rawStores(dbName, SAVED_DECKS_DB_VERSION, upgradeSavedDecks)(store);
}

/**
 * Writes a database as the first version of the app left it: one idb-keyval store `records`,
 * kinds in key prefixes (`session:<id>`, `summary:<id>`…).
 */
export async function writeFirstLayout(dbName: string, records: Iterable<readonly [string, unknown]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore("records");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("records", "readwrite");
    for (const [key, value] of records) tx.objectStore("records").put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The object stores a database has, by name. */
export async function storeNames(dbName: string): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...db.objectStoreNames].sort();
  db.close();
  return names;
}
