import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { advance, currentSession, openSession, resetSessionStore } from "./session-helpers.tsx";

beforeAll(async () => {
  // Loads the session screen's modules once up front, so the first test's screen shows in time.
  await import("../../src/features/session/session-screen.tsx");
});

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetSessionStore();
});
afterEach(() => {
  vi.useRealTimers();
  resetSessionStore();
});

describe("key points pre-ticked from the answer", () => {
  it("ticks the points the notes cover, highlights the evidence, and lets the person untick", async () => {
    const { user, questions } = await openSession();
    const q1 = questions[0]!;
    fireEvent.change(screen.getByRole("textbox", { name: "Notes" }), {
      target: { value: "Put them in an auto scaling group so it stays highly available, and spot instances save money." },
    });
    advance(1000);
    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    const rubric = await screen.findByRole("group", { name: "What I covered" });
    expect(within(rubric).getByText(/Ticked from your notes and transcript/)).toBeInTheDocument();

    const autoScaling = within(rubric).getByRole("checkbox", { name: q1.keyPoints[0] });
    const spot = within(rubric).getByRole("checkbox", { name: q1.keyPoints[2] });
    const tags = within(rubric).getByRole("checkbox", { name: q1.keyPoints[4] });
    expect(autoScaling).toBeChecked();
    expect(spot).toBeChecked();
    expect(tags).not.toBeChecked();
    expect(autoScaling).toHaveAccessibleDescription(/Suggested from: “.*auto scaling group.*”/);
    const marks = [...rubric.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(["Auto Scaling", "auto scaling", "high", "availability", "highly", "available", "Spot", "spot", "money"]));
    expect(currentSession()!.entries[q1.id]!.suggestedKeyPoints).toEqual([0, 2]);

    await user.click(spot);
    expect(spot).not.toBeChecked();
    expect(currentSession()!.entries[q1.id]!.checkedKeyPoints).toEqual([0]);
    await user.click(screen.getByRole("button", { name: /^3 Good/ }));
    await waitFor(() => expect(currentSession()!.entries[q1.id]!.grade).toBe(3));
    expect(spot).not.toBeChecked();
  });

  it("suggests nothing when there is nothing to match, so the person ticks by hand", async () => {
    const { user, questions } = await openSession();
    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    const rubric = await screen.findByRole("group", { name: "What I covered" });
    expect(within(rubric).queryByText(/Ticked from your notes/)).toBeNull();
    expect(within(rubric).getAllByRole("checkbox").filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    expect(currentSession()!.entries[questions[0]!.id]!.suggestedKeyPoints).toBeUndefined();
  });
});
