import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import type { SessionConfig } from "../../src/interview/session-types.ts";
import { getDeck } from "../../src/store/deck-repository.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { renderApp } from "./render-app.tsx";

export const baseConfig: SessionConfig = {
  deckIds: ["aws-cloud"],
  sections: null,
  kinds: ["concept", "scenario"],
  count: 3,
  order: "in-order",
  seed: "test",
  perQuestionSeconds: { concept: 180, scenario: 360 },
  totalSeconds: null,
  onTimeUp: "overrun",
  mode: "practice",
};

export function resetSessionStore() {
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  sessionStorage.clear();
  localStorage.clear();
}

/** The first `count` questions of the bundled AWS deck (Q1–Q4 are concept questions). */
export async function awsQuestions(count = 3): Promise<Question[]> {
  const deck = await getDeck("aws-cloud");
  if (!deck) throw new Error("the bundled aws-cloud deck should load");
  return deck.questions.slice(0, count);
}

/**
 * Puts a session into the store and opens /session through the real route tree; resolves once
 * the first question's heading shows. Time is faked (and still advances on its own, so the
 * Testing Library's waits work); `user` advances it when it waits between actions.
 */
export async function openSession(config: Partial<SessionConfig> = {}, questions?: Question[]) {
  const picked = questions ?? (await awsQuestions());
  const session = useSessionStore.getState().actions.start({ ...baseConfig, ...config }, picked);
  const { router } = renderApp("/session");
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
  const first = picked[0];
  if (!first) throw new Error("openSession needs a question");
  await screen.findByRole("heading", { level: 1, name: first.prompt });
  return { user, router, session, questions: picked };
}

/** Lets `ms` of (fake) time pass, running the screen's clocks and heartbeats. */
export function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

export function currentSession() {
  return useSessionStore.getState().current;
}
