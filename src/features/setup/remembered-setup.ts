import type { SetupSearch } from "./setup-search.ts";

/** localStorage: the settings of the last session started from setup, as a link's search. */
export const REMEMBERED_SETUP_KEY = "rehearse.setup.last";

/** The settings a link can carry; a link that names any of them wins over what is remembered. */
const SETTINGS = ["decks", "topics", "kinds", "count", "order", "seed", "concept", "scenario", "total", "onTimeUp", "mode", "onTotalTimeUp"] as const;

/** True when the link names no setting (a bare `/`): then the remembered settings apply. */
export function linkNamesNoSetting(search: SetupSearch): boolean {
  return SETTINGS.every((key) => search[key] === undefined);
}

/**
 * Remembers the settings of a session just started. The seed is left out: next time gets new
 * questions in a new shuffle, unless a link asks for that seed.
 */
export function rememberSetup(search: SetupSearch): void {
  const { seed: _seed, notice: _notice, reset: _reset, ...settings } = search;
  try {
    localStorage.setItem(REMEMBERED_SETUP_KEY, JSON.stringify(settings));
  } catch {
    // not remembered: setup opens with the defaults next time
  }
}

/** The remembered settings, raw (the route's validator checks them like any link), or null. */
export function readRememberedSetup(): Record<string, unknown> | null {
  try {
    const text = localStorage.getItem(REMEMBERED_SETUP_KEY);
    const value: unknown = text === null ? null : JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
