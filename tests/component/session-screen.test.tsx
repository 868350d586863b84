import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { advance, currentSession, openSession, resetSessionStore } from "./session-helpers.tsx";

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetSessionStore();
});
afterEach(() => {
  vi.useRealTimers();
  resetSessionStore();
});

const questionTimer = () => screen.getByRole("timer", { name: "Time left for this question" });

describe("session screen (/session), practice mode", () => {
  it("shows position, topic and kind, with focus on the prompt heading, and moves it on each question", async () => {
    const { user, questions } = await openSession();
    const [q1, q2] = questions;
    expect(screen.getByText("Question 1 of 3")).toBeInTheDocument();
    expect(screen.getByText("AWS Core Services")).toBeInTheDocument();
    expect(screen.getByText("Concept")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: q1!.prompt })).toHaveFocus();
    expect(document.title).toBe("Question 1 of 3 · Rehearse");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Question 2 of 3")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: q2!.prompt })).toHaveFocus();
  });

  it("counts the question clock down as time passes, then shows the overrun without locking anything", async () => {
    const { user } = await openSession();
    expect(questionTimer()).toHaveTextContent("3:00");
    advance(60_000);
    expect(questionTimer()).toHaveTextContent("2:00");
    expect(questionTimer()).not.toHaveTextContent("Over time");

    advance(135_000); // 15 s past the 3-minute limit
    expect(questionTimer()).toHaveTextContent(/^\+0:1[45] Over time$/);
    expect(questionTimer().closest(".timer-face")).toHaveClass("timer-face--over");
    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Model answer" })).toBeInTheDocument();
  });

  it("announces one minute left and time up once each in a polite status region, never the seconds", async () => {
    await openSession();
    advance(125_000);
    const status = screen.getByText("One minute left");
    expect(status).toHaveAttribute("role", "status");
    advance(20_000);
    expect(status).toHaveTextContent(/^One minute left$/);
    advance(40_000);
    expect(status).toHaveTextContent(/^Time is up$/);
    advance(30_000);
    expect(status).toHaveTextContent(/^Time is up$/);
  });

  it("is a stopwatch when the question has no limit, and shows the session clock with a total limit", async () => {
    await openSession({ perQuestionSeconds: { concept: null, scenario: null }, totalSeconds: 600 });
    expect(screen.queryByRole("timer", { name: "Time left for this question" })).not.toBeInTheDocument();
    const stopwatch = screen.getByRole("timer", { name: "Time on this question" });
    expect(stopwatch).toHaveTextContent("0:00");
    expect(screen.getByRole("timer", { name: "Time left for the session" })).toHaveTextContent("10:00");
    advance(65_000);
    expect(stopwatch).toHaveTextContent("1:05");
    expect(screen.getByRole("timer", { name: "Time left for the session" })).toHaveTextContent("8:55");
  });

  it("reveals the answer with the button, and with Space from the heading", async () => {
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    expect(await screen.findByText(/provides scalable virtual servers in the cloud/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Model answer" })).toHaveFocus();
    expect(currentSession()?.entries[currentSession()!.questionIds[0]!]?.revealedAt).toBeTypeOf("number");

    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "Reveal answer" })).toBeInTheDocument();
    await user.keyboard(" ");
    expect(await screen.findByRole("heading", { level: 2, name: "Model answer" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reveal answer" })).not.toBeInTheDocument();
  });

  it("grades with the keys 1–4 and the buttons, as toggle buttons in the Self-score group", async () => {
    const { user } = await openSession();
    const group = screen.getByRole("group", { name: "Self-score" });
    const names = within(group).getAllByRole("button").map((b) => b.textContent);
    expect(names).toEqual(["1 Missed", "2 Partial", "3 Good", "4 Strong"]);

    await user.keyboard("3");
    expect(within(group).getByRole("button", { name: "3 Good" })).toHaveAttribute("aria-pressed", "true");
    expect(within(group).getByRole("button", { name: "4 Strong" })).toHaveAttribute("aria-pressed", "false");
    await user.click(within(group).getByRole("button", { name: "2 Partial" }));
    expect(within(group).getByRole("button", { name: "2 Partial" })).toHaveAttribute("aria-pressed", "true");
    expect(within(group).getByRole("button", { name: "3 Good" })).toHaveAttribute("aria-pressed", "false");
    const id = currentSession()!.questionIds[0]!;
    expect(currentSession()?.entries[id]?.grade).toBe(2);

    await user.click(within(group).getByRole("button", { name: "1 Missed" }));
    const strong = within(group).getByRole("button", { name: "4 Strong" });
    expect(strong).toBeEnabled();
    await user.click(strong);
    expect(strong).toHaveAttribute("aria-pressed", "true");
    expect(currentSession()?.entries[id]?.grade).toBe(4);
  });

  it("suggests a grade from the ticked key points without applying it", async () => {
    const { user, questions } = await openSession();
    const points = questions[0]!.keyPoints;
    expect(points.length).toBeGreaterThan(1);
    expect(screen.queryByRole("group", { name: "What I covered" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    const rubric = await screen.findByRole("group", { name: "What I covered" });
    const boxes = within(rubric).getAllByRole("checkbox");
    expect(boxes).toHaveLength(points.length);
    for (const box of boxes) await user.click(box);
    expect(screen.getByText("Suggested: 4 Strong")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "4 Strong" })).toHaveClass("grade-button--suggested");
    expect(screen.getByRole("button", { name: "4 Strong" })).toHaveAttribute("aria-pressed", "false");
    expect(currentSession()?.entries[questions[0]!.id]?.checkedKeyPoints).toHaveLength(points.length);
    expect(currentSession()?.entries[questions[0]!.id]?.grade).toBeUndefined();
  });

  it("flags for review with F", async () => {
    const { user, questions } = await openSession();
    // The button says what it is now and what pressing it does.
    const flag = screen.getByRole("button", { name: "Flag for review" });
    await user.keyboard("f");
    expect(flag).toHaveAccessibleName("Flagged — unflag");
    expect(currentSession()?.entries[questions[0]!.id]?.flagged).toBe(true);
    fireEvent.keyDown(document.body, { key: "f", repeat: true });
    expect(flag).toHaveAccessibleName("Flagged — unflag");
    await user.keyboard("F");
    expect(flag).toHaveAccessibleName("Flag for review");
    expect(currentSession()?.entries[questions[0]!.id]?.flagged).toBe(false);
    await user.dblClick(flag);
    expect(flag).toHaveAccessibleName("Flagged — unflag");
  });

  it("saves notes shortly after typing and at once on blur, per question, and ignores shortcuts while typing", async () => {
    const { user, questions } = await openSession();
    const notes = screen.getByRole("textbox", { name: "Notes" });
    await user.click(notes);
    await user.keyboard("f3 ec2 is vms");
    expect(notes).toHaveValue("f3 ec2 is vms");
    expect(screen.getByRole("button", { name: "Flag for review" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "3 Good" })).toHaveAttribute("aria-pressed", "false");
    advance(300);
    expect(currentSession()?.entries[questions[0]!.id]?.notes).toBe("f3 ec2 is vms");

    await user.type(notes, "!");
    await user.tab();
    expect(currentSession()?.entries[questions[0]!.id]?.notes).toBe("f3 ec2 is vms!");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue("f3 ec2 is vms!");
  });

  it("moves with the arrow keys, and neither a double click nor a key repeat skips two questions", async () => {
    const { user, questions } = await openSession();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("heading", { level: 1, name: questions[1]!.prompt })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("heading", { level: 1, name: questions[0]!.prompt })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();

    await user.dblClick(screen.getByRole("button", { name: "Next" }));
    expect(currentSession()?.currentIndex).toBe(1);
    fireEvent.keyDown(document.body, { key: "ArrowRight", repeat: true });
    expect(currentSession()?.currentIndex).toBe(1);
    await waitFor(() => expect(screen.getByText("Question 2 of 3")).toBeInTheDocument());
  });
});
