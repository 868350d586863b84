/**
 * The orders a session can ask its questions in, in the order setup offers them: seeded shuffle;
 * deck order (deck by deck, file order); due for review first (most overdue first, from the
 * review schedule); or weakest first (from history). The one list: the type, the saved-session
 * check (`z.enum` in store/migrations.ts) and the link check (`v.picklist` in setup-link.ts)
 * all come from it. (No schema here: this module is in the setup page's first paint.)
 */
export const SESSION_ORDERS = ["shuffled", "in-order", "due", "weakest-first"] as const;

/** Order of the picked questions (see `SESSION_ORDERS`). */
export type SessionOrder = (typeof SESSION_ORDERS)[number];
