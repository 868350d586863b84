import "fake-indexeddb/auto";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Grade, Session } from "../../src/interview/session-types.ts";
import { getDeck } from "../../src/store/deck-repository.ts";
import { historyDb } from "../../src/store/history-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { sessionConfig } from "../fixtures/session-fixtures.ts";
import { renderApp } from "./render-app.tsx";

const DAY = 86_400_000;

async function aws(...labels: string[]): Promise<Question[]> {
  const deck = await getDeck("aws-cloud");
  return labels.map((label) => deck!.questions.find((q) => q.label === label)!);
}

/** A session of aws-cloud questions finished at `finishedAt` through the real machine, graded as given. */
function finished(id: string, finishedAt: number, questions: readonly Question[], grades: readonly Grade[]): Session {
  let session = createSession(sessionConfig({ deckIds: ["aws-cloud"], count: questions.length }), questions, {
    id,
    at: finishedAt - 60_000,
  });
  questions.forEach((question, index) => {
    const at = finishedAt - 50_000 + index * 1000;
    session = transition(session, { type: "jumpedTo", at, index });
    session = transition(session, { type: "graded", at, grade: grades[index] as Grade, questionId: question.id });
  });
  return transition(session, { type: "finished", at: finishedAt });
}

async function seed(...sessions: Session[]) {
  for (const session of sessions) expect((await historyDb().saveFinishedSession(session)).ok).toBe(true);
}

async function openHistory() {
  const app = renderApp("/history");
  await screen.findByRole("heading", { level: 1, name: "History" });
  await screen.findByRole("region", { name: "Practise next" }, { timeout: 5000 });
  // The sections below the first screen render just after it, one per step: wait for the last.
  await screen.findByRole("region", { name: "Backup" }, { timeout: 5000 });
  return app;
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  await historyDb().clearHistory();
});

describe("history: what to practise next", { timeout: 20_000 }, () => {
  it("starts a session of exactly the questions due now, most overdue first", async () => {
    const [q1, q2, q3, q5] = await aws("Q1", "Q2", "Q3", "Q5");
    // Q2 missed 40 days ago, Q1 missed 30 days ago: both due. Q3 and Q5 graded Strong an hour ago: not due.
    await seed(
      finished("old", Date.now() - 40 * DAY, [q2!], [1]),
      finished("older", Date.now() - 30 * DAY, [q1!], [1]),
      finished("recent", Date.now() - 3_600_000, [q3!, q5!], [4, 4]),
    );
    const { user, router } = await openHistory();
    const button = screen.getByRole("button", { name: "Practise due now (2 questions)" });
    await user.click(button);
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const current = useSessionStore.getState().current;
    expect(current?.questionIds).toEqual([q2!.id, q1!.id]);
    expect(current?.config).toMatchObject({ order: "due", onlyQuestionIds: [q2!.id, q1!.id], count: 2, deckIds: ["aws-cloud"] });
  });

  it("says why there is nothing due, with the next review date", async () => {
    const [q1] = await aws("Q1");
    await seed(finished("recent", Date.now() - 3_600_000, [q1!], [4]));
    await openHistory();
    const button = screen.getByRole("button", { name: "Practise due now" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Nothing is due today; the next review is (in \d+ days|.*\d{4})\./);
  });

  it("practises the weakest topic, weakest questions first", async () => {
    const [q1, q5, q6] = await aws("Q1", "Q5", "Q6");
    await seed(finished("s", Date.now() - 3_600_000, [q1!, q5!, q6!], [4, 1, 2]));
    const { user, router } = await openHistory();
    await user.click(screen.getByRole("button", { name: "Practise weakest topic: Networking & Security (38%)" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const current = useSessionStore.getState().current;
    expect(current?.config).toMatchObject({ sections: ["Networking & Security"], order: "weakest-first" });
    // Q5 (Missed) before Q6 (Partial): the weakest first, every question of the topic after.
    expect(current?.questionIds.slice(0, 2)).toEqual([q5!.id, q6!.id]);
    expect(current?.questionIds.every((id) => current.questionMeta[id]?.section === "Networking & Security")).toBe(true);
  });

  it("shows the next review per topic and per question", async () => {
    const [q1, q5] = await aws("Q1", "Q5");
    await seed(finished("old", Date.now() - 30 * DAY, [q1!], [1]), finished("new", Date.now() - 3_600_000, [q5!], [4]));
    await openHistory();
    const mastery = screen.getByRole("region", { name: "Mastery per topic" });
    expect(within(mastery).getByText("AWS Core Services").closest("li")).toHaveTextContent("Next review: due now");
    expect(within(mastery).getByText("Networking & Security").closest("li")).toHaveTextContent(/Next review: (in \d+ days|.*\d{4})/);
    const table = screen.getByRole("table", { name: "Statistics per question" });
    expect(within(table).getByRole("columnheader", { name: "Next review" })).toBeInTheDocument();
    const row = within(table).getByText(/What is a VPC/).closest("tr")!;
    expect(within(row).getAllByRole("cell").at(-1)).toHaveTextContent(/in \d+ days|\d{4}/);
    expect(within(within(table).getByText(/What is EC2/).closest("tr")!).getAllByRole("cell").at(-1)).toHaveTextContent("due now");
  });
});

describe("history: days practised and the dated trend", { timeout: 20_000 }, () => {
  it("reads each day in words, says the streak, and moves by day and week with the arrow keys", async () => {
    const [q1] = await aws("Q1");
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const today = noon.getTime();
    await seed(
      finished("t", Math.min(Date.now() - 1000, today), [q1!], [3]),
      finished("y1", today - DAY, [q1!], [3]),
      finished("y2", today - DAY + 60_000, [q1!], [4]),
    );
    await openHistory();
    const days = screen.getByRole("region", { name: "Days practised" });
    expect(days).toHaveTextContent(/Practised on 2 days of the last 12 weeks · current streak 2 days · longest 2 days/);
    const grid = within(days).getByRole("grid", { name: "Days practised" });
    expect(within(grid).getAllByRole("gridcell", { name: /: 2 sessions$/ })).toHaveLength(1);
    expect(within(grid).getAllByRole("gridcell", { name: /: 1 session$/ })).toHaveLength(1);
    const focusable = within(grid).getAllByRole("gridcell").filter((cell) => cell.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    expect(focusable[0]).toHaveAccessibleName(/: 1 session$/); // today
    focusable[0]!.focus();
    fireEvent.keyDown(focusable[0]!, { key: "ArrowUp" });
    expect(document.activeElement).toHaveAccessibleName(/: 2 sessions$/); // yesterday
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(document.activeElement).toHaveAccessibleName(/: no session$/); // a week before
  });

  it("puts dates on the trend's time axis and reads a session out on focus and arrow keys", async () => {
    const [q1, q2] = await aws("Q1", "Q2");
    await seed(finished("a", Date.now() - 9 * DAY, [q1!, q2!], [1, 2]), finished("b", Date.now() - 2 * DAY, [q1!, q2!], [4, 4]));
    await openHistory();
    const chart = screen.getByRole("group", { name: /Score chart/ });
    const labels = [...chart.querySelectorAll("svg text")].map((t) => t.textContent);
    expect(labels.filter((text) => /\d/.test(text ?? "") && !text!.endsWith("%")).length).toBeGreaterThan(2);
    fireEvent.focus(chart);
    expect(chart).toHaveAccessibleDescription(/AWS and Cloud Interview Q&A · 100%$/);
    fireEvent.keyDown(chart, { key: "Home" });
    expect(chart).toHaveAccessibleDescription(/AWS and Cloud Interview Q&A · 38%$/);
    fireEvent.keyDown(chart, { key: "ArrowRight" });
    expect(chart).toHaveAccessibleDescription(/· 100%$/);
  });
});
