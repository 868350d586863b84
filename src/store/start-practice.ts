import type { SessionConfig } from "../interview/session-types.ts";

/** Why a start found nothing to ask, unless the caller words it for its screen. */
const NOTHING_TO_PRACTISE = "None of these questions is in a deck any more, so there is nothing to practise.";

const loadStarter = () => import("./start-focused-session.ts");

/**
 * Starts a session: setup's Start and the shortcuts elsewhere ("Practise due now", "Practise this
 * question"). The start code (the question picker, the history orders) loads on the first press,
 * so no page carries it in its first paint. Resolves to why it did not start (`nothingMatches`
 * when no question is left to ask), or null once `openSessionScreen` ran.
 */
export async function startPractice(
  config: SessionConfig,
  openSessionScreen: () => Promise<void>,
  { nothingMatches = NOTHING_TO_PRACTISE }: { nothingMatches?: string } = {},
): Promise<string | null> {
  const { startFocusedSession } = await loadStarter();
  return (await startFocusedSession(config, openSessionScreen)) ? null : nothingMatches;
}

/** Fetches the start code ahead of a press (the pointer or focus reached a start button). */
export function prefetchStartPractice(): void {
  void loadStarter().catch(() => undefined);
}
