/**
 * What an operation that can fail gives back, everywhere in the app: a value, or a message for
 * the person that says what happened and what to do. Failures are values, not exceptions, so a
 * screen can always show one.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const err = <E = string>(error: E): { ok: false; error: E } => ({ ok: false, error });
