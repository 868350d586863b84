/**
 * Cheap questions about what this browser has saved, asked before any store's code is loaded: a
 * first visit has nothing saved, so the setup page need not fetch the code that would read it.
 * Each answer errs towards "maybe": a wrong "no" would hide a person's data, a wrong "maybe" only
 * loads code early.
 */

// Copies of names the stores own (a test keeps them equal): importing them from those modules
// would bring their code, or a shared chunk of its own, into the setup page's first paint.
/** session-store.ts, SESSION_STORAGE_KEY. */
export const SESSION_STORAGE_KEY = "rehearse.sessions";
/** history-db.ts, HISTORY_DB_NAME. */
export const HISTORY_DB_NAME = "rehearse-history";
/** saved-decks-db.ts, SAVED_DECKS_DB_NAME. */
export const SAVED_DECKS_DB_NAME = "rehearse-decks";

/** True when the session store has saved something (an open session, recent results, a notice). */
export function hasSavedSessions(): boolean {
  try {
    return localStorage.getItem(SESSION_STORAGE_KEY) !== null;
  } catch {
    // Storage blocked: the store will say so once it loads; nothing saved can be read anyway.
    return false;
  }
}

/**
 * False only when the browser lists its IndexedDB databases and `name` is not among them.
 * Asking does not create the database (opening it would).
 */
export async function databaseMayExist(name: string): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  if (typeof indexedDB.databases !== "function") return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === name);
  } catch {
    return true;
  }
}
