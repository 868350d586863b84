import { z } from "zod/mini";

/**
 * The orders a session can ask its questions in, in the order setup offers them: seeded shuffle;
 * deck order (deck by deck, file order); due for review first (most overdue first, from the
 * review schedule); or weakest first (from history). The one list: the type, the saved-session
 * check and the link check all come from it.
 */
export const SESSION_ORDERS = ["shuffled", "in-order", "due", "weakest-first"] as const;

export const sessionOrderSchema = z.enum(SESSION_ORDERS);

/** Order of the picked questions (see `SESSION_ORDERS`). */
export type SessionOrder = z.infer<typeof sessionOrderSchema>;
