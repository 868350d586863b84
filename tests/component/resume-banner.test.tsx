import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "../../src/interview/session-machine.ts";
import { stampChange } from "../../src/interview/session-merge.ts";
import type { Session } from "../../src/interview/session-types.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { renderApp } from "./render-app.tsx";
import { awsQuestions, baseConfig, resetSessionStore } from "./session-helpers.tsx";

/** A session another tab started (it is not this tab's), running when that tab last saved it. */
async function otherTabSession(at: number): Promise<Session> {
  const session = stampChange(
    null,
    createSession({ ...baseConfig, count: 3 }, await awsQuestions(3), { id: "other-tab", at }),
    at,
  );
  useSessionStore.setState((state) => ({ open: { ...state.open, [session.id]: session } }));
  return session;
}

async function openSetup() {
  const app = renderApp("/");
  await screen.findByRole("heading", { level: 1, name: "Practice" });
  return app;
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetSessionStore();
});
afterEach(() => {
  vi.useRealTimers();
  resetSessionStore();
});

describe("setup with sessions open in other tabs", () => {
  it("offers a session left open by a closed tab, and Resume makes it this tab's, paused where it was left", async () => {
    const left = await otherTabSession(Date.now() - 10 * 60_000);
    const { user, router } = await openSetup();
    const banner = await screen.findByRole("region", { name: "Session in progress" });
    expect(within(banner).getByText("Question 1 of 3")).toBeInTheDocument();
    expect(within(banner).getByText(/Left open in a tab that has since been closed/)).toBeInTheDocument();

    await user.click(within(banner).getByRole("link", { name: "Resume session" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    expect(await screen.findByRole("heading", { level: 1, name: "Paused" })).toBeInTheDocument();
    const state = useSessionStore.getState();
    expect(state.currentId).toBe(left.id);
    expect(state.current?.pausedAt).toBe(left.updatedAt);
    expect(sessionStorage.getItem("rehearse.tabSession")).toBe(left.id);
  });

  it("does not offer a session another tab is running, and starting one here leaves it open", async () => {
    const running = await otherTabSession(Date.now());
    useSessionStore.setState({ busyElsewhere: new Set([running.id]) });
    const { user, router } = await openSetup();
    expect(screen.queryByRole("region", { name: "Session in progress" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Start session" }));
    expect(screen.queryByRole("button", { name: "Finish it and start" })).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const state = useSessionStore.getState();
    expect(state.currentId).not.toBe(running.id);
    expect(state.open[running.id]).toBe(running);
    expect(state.finished[running.id]).toBeUndefined();
  });
});
