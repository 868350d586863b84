import { lastChange, stampChange } from "../interview/session-merge.ts";
import type { Session } from "../interview/session-types.ts";
import { resumeAfterAbsence } from "../interview/timer.ts";
import { formatDuration } from "../lib/format-duration.ts";
import { HEARTBEAT_KEY, TAB_SESSION_KEY } from "./storage-keys.ts";

/** The id of the session this tab ran before a reload (sessionStorage), or null. */
export function readTabSessionId(): string | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(TAB_SESSION_KEY);
  } catch {
    return null;
  }
}

export function writeTabSessionId(id: string | null): void {
  try {
    if (typeof sessionStorage === "undefined") return;
    if (id === null) sessionStorage.removeItem(TAB_SESSION_KEY);
    else sessionStorage.setItem(TAB_SESSION_KEY, id);
  } catch {
    // without sessionStorage a reload finds the session as one left open, and setup offers it
  }
}

/** Heartbeats by session id; a bare number (the format before tabs) counts for any session. */
function readHeartbeats(): Record<string, number> | number | null {
  try {
    const text = localStorage.getItem(HEARTBEAT_KEY);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : null;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, number>)
      : null;
  } catch {
    return null;
  }
}

/** When the person was last seen on session `id` (a heartbeat while its screen was shown), or null. */
export function readLastSeenAt(id: string): number | null {
  const beats = readHeartbeats();
  if (beats === null) return null;
  const value = typeof beats === "number" ? beats : Object.hasOwn(beats, id) ? beats[id] : undefined;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
}

/** Records that the person is on session `id` now; heartbeats of sessions no longer open are dropped. */
export function writeHeartbeat(id: string, openIds: ReadonlySet<string>, now: number): void {
  const beats = readHeartbeats();
  const next: Record<string, number> = {};
  if (beats !== null && typeof beats === "object") {
    for (const [other, at] of Object.entries(beats)) if (openIds.has(other)) next[other] = at;
  }
  next[id] = now;
  try {
    localStorage.setItem(HEARTBEAT_KEY, JSON.stringify(next));
  } catch {
    // the storage warning comes from the session writes; a lost heartbeat only pauses earlier
  }
}

/**
 * A session that comes back from storage, or from a closed tab: paused at the last time the
 * person was seen on it (its heartbeat, else its last change), so time away is not counted.
 */
export function settle(session: Session, now: number): { session: Session; awayMs: number; pausedNow: boolean } {
  const lastSeenAt = readLastSeenAt(session.id) ?? lastChange(session);
  const result = resumeAfterAbsence(session, now, Math.min(now, lastSeenAt), { reloaded: true });
  return { ...result, session: stampChange(session, result.session, now) };
}

export function pausedNotice(awayMs: number): string {
  const away = awayMs >= 1000 ? ` You were away ${formatDuration(awayMs)}.` : "";
  return `Your session is paused where you left it.${away}`;
}
