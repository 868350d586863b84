import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSessionStore } from "../../src/store/session-store.ts";
import { readLastSeenAt } from "../../src/store/tab-presence.ts";
import { renderApp } from "./render-app.tsx";
import { advance, awsQuestions, currentSession, openSession, resetSessionStore } from "./session-helpers.tsx";

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetSessionStore();
});
afterEach(() => {
  vi.useRealTimers();
  resetSessionStore();
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  fireEvent(document, new Event("visibilitychange"));
}

describe("session screen: interview mode", () => {
  it("has no Previous, ignores ←, and unlocks the reveal and the grades only after “I’m done answering”", async () => {
    const { user, questions } = await openSession({ mode: "interview" });
    expect(screen.queryByRole("button", { name: "Previous" })).not.toBeInTheDocument();
    const reveal = screen.getByRole("button", { name: "Reveal answer" });
    expect(reveal).toBeDisabled();
    expect(screen.getByRole("button", { name: "3 Good" })).toBeDisabled();
    await user.keyboard(" ");
    expect(screen.queryByRole("heading", { name: "Model answer" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "I’m done answering" }));
    expect(reveal).toBeEnabled();
    expect(reveal).toHaveFocus();
    await user.click(reveal);
    expect(await screen.findByRole("heading", { level: 2, name: "Model answer" })).toBeInTheDocument();
    await user.keyboard("4");
    expect(screen.getByRole("button", { name: "4 Strong" })).toHaveAttribute("aria-pressed", "true");

    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("heading", { level: 1, name: questions[1]!.prompt })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("heading", { level: 1, name: questions[1]!.prompt })).toBeInTheDocument();
    expect(currentSession()?.currentIndex).toBe(1);
  });

  it("ends the session at its total limit when set to, with the clocks stopped right there", async () => {
    const { session } = await openSession({ mode: "interview", totalSeconds: 60, onTotalTimeUp: "end" });
    advance(59_000);
    expect(screen.getByRole("timer", { name: "Time left for the session" })).toHaveTextContent("0:01");
    advance(2_000);
    expect(await screen.findByRole("heading", { level: 1, name: "Results" })).toBeInTheDocument();
    const finished = useSessionStore.getState().finished[session.id];
    expect(finished?.finishedAt).toBe(session.startedAt + 60_000);
    expect(finished?.entries[session.questionIds[0]!]?.elapsedMs).toBe(60_000);
    expect(useSessionStore.getState().current).toBeNull();
  });

  it("keeps going past the total limit when set to", async () => {
    await openSession({ totalSeconds: 60, onTotalTimeUp: "overrun" });
    advance(65_000);
    expect(screen.getByRole("timer", { name: "Time left for the session" })).toHaveTextContent("+0:05");
    expect(currentSession()).not.toBeNull();
  });

  it("plays by keyboard: D done, Space reveal, Shift+digit ticks a key point, a grade is shown and said, Esc leaves Notes, E finishes", async () => {
    const { user, questions } = await openSession({ mode: "interview" }, await awsQuestions(1));
    const notes = screen.getByRole("textbox", { name: "Notes" });
    await user.click(notes);
    await user.keyboard("d{Escape}");
    expect(notes).toHaveValue("d");
    expect(notes).not.toHaveFocus();
    await user.keyboard("d");
    expect(currentSession()?.entries[questions[0]!.id]?.doneAt).toEqual(expect.any(Number));
    await user.keyboard(" ");
    expect(await screen.findByRole("heading", { level: 2, name: "Model answer" })).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: "@", code: "Digit2", shiftKey: true });
    expect(currentSession()?.entries[questions[0]!.id]?.checkedKeyPoints).toEqual([1]);
    await user.keyboard("3");
    expect(screen.getByText("Graded 3 Good")).toHaveAttribute("role", "status");
    await user.keyboard("?");
    const sheet = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    for (const what of ["I’m done answering", "Tick or untick key point 1–9", "Finish the session", "Leave the Notes box"]) {
      expect(within(sheet).getByText(what)).toBeInTheDocument();
    }
    await user.keyboard("{Escape}");
    await user.keyboard("e");
    const results = await screen.findByRole("heading", { level: 1, name: "Results" });
    expect(results).toHaveFocus();
  }, 15_000);

  it("reveals the answer by itself at time-up when set to", async () => {
    await openSession({ mode: "interview", onTimeUp: "reveal", perQuestionSeconds: { concept: 30, scenario: 60 } });
    expect(screen.getByRole("button", { name: "Reveal answer" })).toBeDisabled();
    advance(31_000);
    expect(await screen.findByRole("heading", { level: 2, name: "Model answer" })).toBeInTheDocument();
    expect(screen.getByText("Time is up")).toHaveAttribute("role", "status");
  });
});

describe("session screen: pause, finish, leave", () => {
  it("pauses with the button or P: hides the question and stops the clock until Resume", async () => {
    const { user, questions } = await openSession();
    advance(10_000);
    const timer = screen.getByRole("timer", { name: "Time left for this question" });
    expect(timer).toHaveTextContent("2:50");
    await user.click(screen.getByRole("button", { name: "Pause" }));
    expect(screen.getByRole("heading", { level: 1, name: "Paused" })).toHaveFocus();
    expect(screen.queryByRole("heading", { name: questions[0]!.prompt })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Notes" })).not.toBeInTheDocument();
    advance(120_000);
    expect(timer).toHaveTextContent("2:50");

    await user.click(screen.getByRole("button", { name: "Resume" }));
    expect(screen.getByRole("heading", { level: 1, name: questions[0]!.prompt })).toHaveFocus();
    advance(5_000);
    expect(screen.getByRole("timer", { name: "Time left for this question" })).toHaveTextContent("2:45");

    await user.keyboard("p");
    expect(screen.getByRole("heading", { level: 1, name: "Paused" })).toBeInTheDocument();
    await user.keyboard("P");
    expect(screen.getByRole("heading", { level: 1, name: questions[0]!.prompt })).toBeInTheDocument();
  });

  it("asks before finishing with ungraded questions, then shows the results", async () => {
    const { user, router, session } = await openSession();
    await user.keyboard("3");
    const finish = screen.getByRole("button", { name: "Finish" });
    await user.click(finish);
    const dialog = screen.getByRole("alertdialog", { name: "Finish the session?" });
    expect(dialog).toHaveTextContent("2 questions have no grade. Finish anyway?");
    await user.click(within(dialog).getByRole("button", { name: "Keep going" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(finish).toHaveFocus();
    expect(currentSession()?.id).toBe(session.id);

    await user.click(finish);
    await user.click(screen.getByRole("button", { name: "Finish anyway" }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/results/${session.id}`));
    expect(useSessionStore.getState().current).toBeNull();
    expect(useSessionStore.getState().finished[session.id]?.entries[session.questionIds[0]!]?.grade).toBe(3);
  });

  it("finishes without asking when every question is graded or skipped, saving the notes being typed", async () => {
    const { user, router, session } = await openSession({}, await awsQuestions(2));
    await user.keyboard("2");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.type(screen.getByRole("textbox", { name: "Notes" }), "look up NAT");
    await user.click(screen.getByRole("button", { name: "Skip" }));
    await user.click(screen.getByRole("button", { name: "Finish" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/results/${session.id}`));
    const finished = useSessionStore.getState().finished[session.id];
    expect(finished?.entries[session.questionIds[1]!]?.notes).toBe("look up NAT");
    expect(finished?.entries[session.questionIds[1]!]?.skipped).toBe(true);
  });

  it("asks before leaving by navigation; the session stays open either way", async () => {
    const { user, router, session } = await openSession();
    const nav = screen.getByRole("navigation", { name: "Main" });
    await user.click(within(nav).getByRole("link", { name: "Decks" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Leave the session?" });
    expect(dialog).toHaveTextContent("It stays open and you can resume it from setup.");
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    expect(router.state.location.pathname).toBe("/session");

    await user.click(within(nav).getByRole("link", { name: "Decks" }));
    await user.click(await screen.findByRole("button", { name: "Leave" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Decks" })).toBeInTheDocument();
    expect(currentSession()?.id).toBe(session.id);
  });

  it("opens the shortcut sheet with ?, closes it with Escape and gives focus back", async () => {
    const { user, questions } = await openSession();
    const heading = screen.getByRole("heading", { level: 1, name: questions[0]!.prompt });
    await user.keyboard("?");
    const sheet = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(within(sheet).getByText("Reveal the answer")).toBeInTheDocument();
    await user.keyboard("3");
    expect(screen.getByRole("button", { name: "3 Good", hidden: true })).toHaveAttribute("aria-pressed", "false");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(heading).toHaveFocus();
  });
});

describe("session screen: bad input and faults", () => {
  it("sends /session with no open session to setup, which says so", async () => {
    const { router } = renderApp("/session");
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/"));
    expect(await screen.findByText(/no session in progress/i)).toBeInTheDocument();
  });

  it("shows the recorded prompt of a question whose deck is gone, and says the answer is unavailable", async () => {
    const [q1] = await awsQuestions(1);
    const gone = { ...q1!, id: "old-deck/gone", deckId: "old-deck", prompt: "A question from a removed deck?" };
    const { user } = await openSession({ deckIds: ["aws-cloud", "old-deck"] }, [gone, q1!]);
    expect(screen.getByText(/answer is no longer available/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reveal answer" })).not.toBeInTheDocument();
    await user.keyboard("2");
    expect(screen.getByRole("button", { name: "2 Partial" })).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "Reveal answer" })).toBeEnabled();
  });

  it("pauses after the tab was hidden for more than a minute, at the moment it was hidden", async () => {
    await openSession();
    advance(20_000);
    setVisibility("hidden");
    const hiddenAt = readLastSeenAt(currentSession()!.id);
    advance(120_000);
    act(() => setVisibility("visible"));
    expect(await screen.findByRole("heading", { level: 1, name: "Paused" })).toBeInTheDocument();
    expect(currentSession()?.pausedAt).toBe(hiddenAt);
    expect(screen.getByText(/Paused while you were away \(2 min\)/)).toBeInTheDocument();
    expect(screen.getByRole("timer", { name: "Time left for this question" })).toHaveTextContent("2:40");
  });

  it("says nothing more of the pause once the session has ended: the results show no stale banner", async () => {
    const { user } = await openSession();
    setVisibility("hidden");
    advance(120_000);
    act(() => setVisibility("visible"));
    expect(await screen.findByText(/Paused while you were away/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Resume/ }));
    await user.click(screen.getByRole("button", { name: "Finish" }));
    await user.click(await screen.findByRole("button", { name: "Finish anyway" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Results" })).toBeInTheDocument();
    expect(screen.queryByText(/Paused while you were away/)).not.toBeInTheDocument();
    expect(screen.queryByText(/paused/i)).not.toBeInTheDocument();
  }, 15_000);
});
