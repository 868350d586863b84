import type { SessionConfig } from "../interview/session-types.ts";

/**
 * Starts a session from a shortcut outside setup ("Practise due now", "Practise this question").
 * The start code loads on the first press (start-focused-session.ts), so the pages that show such
 * buttons do not carry it. Resolves to why it did not start, or null once `openSessionScreen` ran.
 */
export async function startPractice(config: SessionConfig, openSessionScreen: () => Promise<void>): Promise<string | null> {
  const { startFocusedSession } = await import("./start-focused-session.ts");
  return startFocusedSession(config, openSessionScreen);
}
