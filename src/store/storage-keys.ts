/**
 * The names this app saves under, in one module with nothing else in it: the session store's and
 * the voice options' browser-storage keys and the IndexedDB databases' names. Code that only asks whether something
 * is saved (stored-data.ts, the history's one-time move from localStorage) names the same key or
 * database without loading the code that owns it.
 */
export const SESSION_STORAGE_KEY = "rehearse.sessions";
/**
 * When the person was last seen on each open session (`{ [sessionId]: ms }`), kept apart from the
 * sessions so the heartbeat does not rewrite every result each time, and per session so one tab's
 * heartbeat never makes another tab's session look attended.
 */
export const HEARTBEAT_KEY = "rehearse.lastSeenAt";
/** sessionStorage: the id of the session this tab runs. It survives a reload of the tab, and only that. */
export const TAB_SESSION_KEY = "rehearse.tabSession";
/** This browser's voice options (voice-preferences.ts). */
export const VOICE_PREFERENCES_KEY = "rehearse.voice";
/** The history's IndexedDB database (history-db.ts). */
export const HISTORY_DB_NAME = "rehearse-history";
/** The saved decks' IndexedDB database (saved-decks-db.ts). */
export const SAVED_DECKS_DB_NAME = "rehearse-decks";
