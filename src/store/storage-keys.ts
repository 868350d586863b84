/**
 * The browser-storage keys of the session store, in one module with nothing else in it, so the
 * history's one-time move from localStorage names the same key without loading the store.
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
