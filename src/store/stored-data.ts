/**
 * Cheap questions about what this browser has saved, asked before any store's code is loaded: a
 * first visit has nothing saved, so the setup page need not fetch the code that would read it.
 * Each answer errs towards "maybe": a wrong "no" would hide a person's data, a wrong "maybe" only
 * loads code early.
 */

import { HISTORY_DB_NAME, SESSION_STORAGE_KEY, VOICE_PREFERENCES_KEY } from "./storage-keys.ts";

function isSaved(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    // Storage blocked: the store will say so once it loads; nothing saved can be read anyway.
    return false;
  }
}

/** True when the session store has saved something (an open session, recent results, a notice). */
export function hasSavedSessions(): boolean {
  return isSaved(SESSION_STORAGE_KEY);
}

/** True when this browser's voice options were ever changed (before that, they are the defaults). */
export function hasSavedVoicePreferences(): boolean {
  return isSaved(VOICE_PREFERENCES_KEY);
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

/**
 * Whether there can be any history: its database, or results the session store still holds (they
 * move into history when it is first read). A first visit has neither, and the screens that show
 * history's figures (setup's due-today count, a deck page's progress) then load none of its code.
 */
export async function historyMayExist(): Promise<boolean> {
  return hasSavedSessions() || (await databaseMayExist(HISTORY_DB_NAME));
}
