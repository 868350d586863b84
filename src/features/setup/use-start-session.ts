import { useRef, useState } from "react";
import { useNavigate } from "@tanstack/react-router";
import type { SessionConfig } from "../../interview/session-types.ts";
import { getDecks } from "../../store/deck-repository.ts";
import { loadSessionStore } from "../../store/load-session-store.ts";
import { prefetchStartPractice, startPractice } from "../../store/start-practice.ts";

export interface StartSession {
  /** True from the click until the session screen takes over. */
  starting: boolean;
  /** Why the last attempt did not start, if it did not. */
  problem: string | null;
  start(config: SessionConfig): Promise<void>;
  /** Loads the decks' questions early (the Start button is about to be pressed). */
  prefetch(deckIds: readonly string[]): void;
}

/**
 * Starts a session from setup's settings and goes to the session screen. The session setup
 * offered to resume (this tab's own, or one a closed tab left) is finished first, its results
 * kept; a session another tab runs is left alone. The start code itself loads on the first press
 * (store/start-practice.ts), not with the setup page.
 */
export function useStartSession(): StartSession {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A double click lands before the re-render that disables the button.
  const busy = useRef(false);

  async function start(config: SessionConfig) {
    if (busy.current) return;
    busy.current = true;
    setStarting(true);
    setProblem(null);
    try {
      const why = await startPractice(config, () => navigate({ to: "/session" }), {
        nothingMatches: "No questions match these choices: choose more topics or kinds.",
      });
      if (why !== null) setProblem(why);
    } catch {
      setProblem("The questions could not be loaded. Check your connection and try again.");
    } finally {
      busy.current = false;
      setStarting(false);
    }
  }

  function prefetch(deckIds: readonly string[]) {
    void getDecks(deckIds).catch(() => undefined);
    void loadSessionStore();
    prefetchStartPractice();
  }

  return { starting, problem, start, prefetch };
}
