import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import type { Grade, Session, SessionConfig } from "../../src/interview/session-types.ts";
import { REVOKE_URL_AFTER_MS } from "../../src/ui/download-text.ts";
import { getDeck } from "../../src/store/deck-repository.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { renderApp } from "./render-app.tsx";

const config: SessionConfig = {
  deckIds: ["aws-cloud"],
  sections: null,
  kinds: ["concept", "scenario"],
  count: 4,
  order: "shuffled",
  seed: "results-test",
  perQuestionSeconds: { concept: 180, scenario: 360 },
  totalSeconds: null,
  onTimeUp: "overrun",
  mode: "practice",
};

async function awsQuestions(...labels: string[]): Promise<Question[]> {
  const deck = await getDeck("aws-cloud");
  if (!deck) throw new Error("the bundled aws-cloud deck did not load");
  return labels.map((label) => {
    const question = deck.questions.find((q) => q.label === label);
    if (!question) throw new Error(`no ${label} in aws-cloud`);
    return question;
  });
}

interface Answer {
  /** Seconds until the answer is revealed (compared with the limit). */
  revealAfter: number;
  grade?: Grade;
  flag?: boolean;
  notes?: string;
  ticks?: number[];
}

/** Plays a whole session through the store, answer by answer, and finishes it. */
function playSession(questions: readonly Question[], answers: readonly Answer[], sessionConfig = config): Session {
  const { start, send, finish } = useSessionStore.getState().actions;
  let at = Date.now();
  const session = start(sessionConfig, questions, at);
  session.questionIds.forEach((questionId, index) => {
    const answer = answers[index] ?? { revealAfter: 30 };
    at += answer.revealAfter * 1000;
    send({ type: "revealed", at, questionId });
    for (const tick of answer.ticks ?? []) send({ type: "keyPointToggled", at: (at += 1000), index: tick, questionId });
    if (answer.grade) send({ type: "graded", at: (at += 5000), grade: answer.grade, questionId });
    if (answer.flag) send({ type: "flagToggled", at: (at += 1000), questionId });
    if (answer.notes) send({ type: "notesEdited", at: (at += 1000), text: answer.notes, questionId });
    send({ type: "movedNext", at: (at += 1000), fromIndex: index });
  });
  finish(at);
  const finished = useSessionStore.getState().finished[session.id];
  if (!finished) throw new Error("the session was not filed as finished");
  return finished;
}

/** Q1 Good, Q5 Strong but 42 s over, Q6 Partial and flagged, S1 flagged and not graded (0 of 4): 9 / 16. */
async function typicalSession() {
  const questions = await awsQuestions("Q1", "Q5", "Q6", "S1");
  const session = playSession(questions, [
    { revealAfter: 120, grade: 3, ticks: [0, 2] },
    { revealAfter: 222, grade: 4, notes: "Forgot NACLs\nMention flow logs" },
    { revealAfter: 90, grade: 2, flag: true },
    { revealAfter: 200, flag: true },
  ]);
  return { session, questions };
}

async function openResults(sessionId: string) {
  const app = renderApp(`/results/${sessionId}`);
  await screen.findByRole("heading", { level: 1, name: "Results" });
  return app;
}

function questionArticle(label: string): HTMLElement {
  return screen.getByRole("article", { name: new RegExp(`^${label} `) });
}

/** Spies on object URLs (restored after each test): the blobs made, and the revocations. */
function spyOnObjectUrls() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:rehearse/${blobs.length}`;
  });
  const revokeObjectURL = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  return { blobs, revokeObjectURL };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("results (/results/$sessionId)", { timeout: 20_000 }, () => {
  it("shows the score, ungraded count, time against the plan and a row and a bar per topic", async () => {
    const { session } = await typicalSession();
    await openResults(session.id);

    expect(document.title).toBe("Results · Rehearse");
    expect(screen.getByText("9 / 16 · 56%")).toBeInTheDocument();
    expect(screen.getByText(/3 \/ 4 graded · 1 not answered · 2 flagged/)).toBeInTheDocument();
    // Plan: three 3-minute concept questions and one 6-minute scenario.
    expect(screen.getByText(/ of 15 min planned$/)).toBeInTheDocument();
    expect(screen.getByText(/1 question over the limit/)).toBeInTheDocument();

    const table = screen.getByRole("table", { name: "By topic" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "AWS Core Services",
      "Networking & Security",
      "Scenario-Based Questions",
    ]);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(rows[0]!).slice(0, 4)).toEqual(["1", "1", "3 / 4", "75%"]);
    expect(cells(rows[1]!).slice(0, 4)).toEqual(["2", "2", "6 / 8", "75%"]);
    expect(cells(rows[2]!).slice(0, 4)).toEqual(["1", "0", "–", "not graded"]);
    // The percent column says what it shows; its bar is drawn beside the number, not read twice.
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Topic",
      "Questions",
      "Graded",
      "Score",
      "Percent of points",
    ]);
    expect(within(table).queryByRole("img")).toBeNull();
    expect(rows[1]!.querySelector<HTMLElement>(".topic-bar__fill")?.style.width).toBe("75%");
  });

  it("gives each card one number (its label, else its position) and names the key points ticked and missed", async () => {
    const { session, questions } = await typicalSession();
    await openResults(session.id);
    const q1 = questionArticle("Q1");
    expect(within(q1).queryByText(/Question \d+ of/)).toBeNull();
    const keyPoints = questions[0]!.keyPoints;
    // Ticked 0 and 2 during the session; the rest missed. Named without opening the answer.
    const listAfter = (label: string) => within(q1).getByText(label).nextElementSibling as HTMLElement;
    expect(within(listAfter("Ticked:")).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      `✓ ${keyPoints[0]}`,
      `✓ ${keyPoints[2]}`,
    ]);
    const missed = keyPoints.filter((_, index) => index !== 0 && index !== 2).map((point) => `✗ ${point}`);
    expect(within(listAfter("Missed:")).getAllByRole("listitem").map((li) => li.textContent)).toEqual(missed);
    // No ticks at all: everything is listed as missed, nothing as ticked.
    expect(within(questionArticle("Q5")).queryByText("Ticked:")).toBeNull();
  });

  it("numbers a question without a label by its position", async () => {
    const [q1, q5] = await awsQuestions("Q1", "Q5");
    const session = playSession(
      [{ ...q1!, label: "" }, { ...q5!, label: "" }],
      [{ revealAfter: 30, grade: 3 }, { revealAfter: 30, grade: 2 }],
    );
    await openResults(session.id);
    const second = screen.getByRole("article", { name: /^2\. What is a VPC/ });
    expect(within(second).getByRole("heading", { level: 3 })).toHaveTextContent(/^2\. What is a VPC/);
  });

  it("lists every question with grade, time against its limit, overrun, flag and notes", async () => {
    const { session } = await typicalSession();
    await openResults(session.id);

    const items = within(screen.getByRole("region", { name: "Questions" })).getAllByRole("article");
    expect(items).toHaveLength(session.questionIds.length);

    const q5 = questionArticle("Q5");
    expect(within(q5).getByRole("heading", { level: 3 })).toHaveTextContent(/^Q5 What is a VPC/);
    expect(within(q5).getByText("4 Strong", { selector: "dd" })).toBeInTheDocument();
    expect(within(q5).getByText(/^3:42 of 3:00/)).toBeInTheDocument();
    expect(within(q5).getByText("over by 0:42")).toBeInTheDocument();
    expect(q5.closest("li")).toHaveClass("result-question--over");
    expect(within(q5).getByText(/Forgot NACLs\s+Mention flow logs/)).toBeInTheDocument();

    const q1 = questionArticle("Q1");
    expect(within(q1).getByText(/^2:00 of 3:00/)).toBeInTheDocument();
    expect(within(q1).queryByText(/over by/)).toBeNull();
    expect(q1.closest("li")).not.toHaveClass("result-question--over");

    const s1 = questionArticle("S1");
    expect(within(s1).getByText("Not graded", { selector: "dd" })).toBeInTheDocument();
    expect(within(s1).getByText(/^3:20 of 6:00/)).toBeInTheDocument();
    expect(within(s1).getByText(/Flagged for review/)).toBeInTheDocument();
    expect(within(questionArticle("Q1")).queryByText(/Flagged for review/)).toBeNull();
  });

  it("shows the rubric ticks in words and the model answer when an answer is expanded", async () => {
    const { session, questions } = await typicalSession();
    const { user } = await openResults(session.id);
    const q1 = questionArticle("Q1");
    const keyPoints = questions[0]!.keyPoints;
    expect(keyPoints.length).toBeGreaterThan(2);
    expect(within(q1).getByText(`2 of ${keyPoints.length} covered`)).toBeInTheDocument();

    await user.click(within(q1).getByText("Show answer"));
    const rubric = await within(q1).findByRole("list", { name: "What I covered" });
    const items = within(rubric).getAllByRole("listitem");
    expect(items).toHaveLength(keyPoints.length);
    expect(items[0]).toHaveTextContent(`Covered: ${keyPoints[0]}`);
    expect(items[1]).toHaveTextContent(`Not covered: ${keyPoints[1]}`);
    expect(items[2]).toHaveTextContent(`Covered: ${keyPoints[2]}`);
    expect(await within(q1).findByText(/aws ec2 run-instances/)).toBeInTheDocument();
  });

  it("changes a grade after the fact: the pressed button, the score and the saved session follow", async () => {
    const { session } = await typicalSession();
    const q6Id = session.questionIds[2]!;
    const { user } = await openResults(session.id);
    const group = within(questionArticle("Q6")).getByRole("group", { name: "Self-score" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["1 Missed", "2 Partial", "3 Good", "4 Strong"]);
    expect(within(group).getByRole("button", { name: "2 Partial" })).toHaveAttribute("aria-pressed", "true");

    await user.click(within(group).getByRole("button", { name: "1 Missed" }));
    expect(within(group).getByRole("button", { name: "1 Missed" })).toHaveAttribute("aria-pressed", "true");
    expect(within(group).getByRole("button", { name: "2 Partial" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByText("8 / 16 · 50%")).toBeInTheDocument();
    expect(useSessionStore.getState().finished[session.id]?.entries[q6Id]?.grade).toBe(1);
    expect(screen.getByText("Q6 is now 1 Missed. Score 8 / 16 · 50%.")).toBeInTheDocument();

    // An ungraded question can be graded here too.
    await user.click(within(questionArticle("S1")).getByRole("button", { name: "3 Good" }));
    expect(screen.getByText("11 / 16 · 69%")).toBeInTheDocument();
  });

  it("practises the missed and flagged questions again in a new session and opens it", async () => {
    const { session, questions } = await typicalSession();
    const { user, router } = await openResults(session.id);
    const button = screen.getByRole("button", { name: "Practise again: missed and flagged" });
    expect(button).toHaveAccessibleDescription(/2 questions/);

    await user.click(button);
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const current = useSessionStore.getState().current;
    const wanted = [questions[2]!.id, questions[3]!.id]; // Q6 (partial, flagged) and S1 (flagged)
    expect(current?.questionIds).toEqual(wanted);
    expect(current?.id).not.toBe(session.id);
    expect(current?.config).toMatchObject({
      onlyQuestionIds: wanted,
      count: 2,
      order: "in-order",
      mode: "practice",
      perQuestionSeconds: { concept: 180, scenario: 360 },
      onTimeUp: "overrun",
    });
    // The finished session is untouched.
    expect(useSessionStore.getState().finished[session.id]).toEqual(session);
  });

  it("disables practise again, with the reason, when nothing was missed or flagged", async () => {
    const questions = await awsQuestions("Q1", "Q2");
    const session = playSession(questions, [
      { revealAfter: 60, grade: 3 },
      { revealAfter: 60, grade: 4 },
    ]);
    await openResults(session.id);
    const button = screen.getByRole("button", { name: "Practise again: missed and flagged" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Nothing to practise again/);
  });

  it("downloads Markdown, CSV and JSON through a temporary object URL it revokes afterwards", async () => {
    const { session } = await typicalSession();
    const { blobs, revokeObjectURL } = spyOnObjectUrls();
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.getAttribute("href") ?? "", attached: this.isConnected });
    });
    const { user } = await openResults(session.id);
    const day = new Date(session.startedAt).toISOString().slice(0, 10);

    await user.click(screen.getByRole("button", { name: "Download Markdown" }));
    await user.click(screen.getByRole("button", { name: "Download CSV" }));
    await user.click(screen.getByRole("button", { name: "Download JSON" }));

    expect(clicked).toEqual([
      { download: `rehearse-${day}-${session.id}.md`, href: "blob:rehearse/1", attached: true },
      { download: `rehearse-${day}-${session.id}.csv`, href: "blob:rehearse/2", attached: true },
      { download: `rehearse-${day}-${session.id}.json`, href: "blob:rehearse/3", attached: true },
    ]);
    expect(document.querySelector("a[download]")).toBeNull();
    const [markdown, csv, json] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(blobs.map((blob) => blob.type)).toEqual([
      "text/markdown;charset=utf-8",
      "text/csv;charset=utf-8",
      "application/json",
    ]);
    expect(markdown).toMatch(/^# Rehearse session\n/);
    expect(markdown).toContain("- Score: 9 / 16 · 56% (3 / 4 graded · 1 not answered)");
    expect(markdown).toContain("**Answer**"); // answers come from the loaded deck
    expect(markdown).toContain("over by 0:42");
    expect(csv?.split("\r\n")).toHaveLength(session.questionIds.length + 2);
    expect(JSON.parse(json!).session).toEqual(session);

    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_URL_AFTER_MS);
    expect(revokeObjectURL.mock.calls.map(([url]) => url)).toEqual([
      "blob:rehearse/1",
      "blob:rehearse/2",
      "blob:rehearse/3",
    ]);
  });

  it("still shows the recorded prompt of a question whose deck is gone", async () => {
    const [q1] = await awsQuestions("Q1");
    const orphan: Question = {
      ...q1!,
      id: "removed-deck/what-was-here",
      deckId: "removed-deck",
      label: "Q9",
      section: "Old topic",
      prompt: "What was in the removed deck?",
    };
    const session = playSession([orphan], [{ revealAfter: 30, grade: 2 }], { ...config, deckIds: ["removed-deck"] });
    const { user } = await openResults(session.id);
    const article = questionArticle("Q9");
    expect(within(article).getByRole("heading", { level: 3 })).toHaveTextContent("Q9 What was in the removed deck?");
    expect(within(article).getByText("2 Partial", { selector: "dd" })).toBeInTheDocument();
    await user.click(within(article).getByText("Show answer"));
    expect(await within(article).findByText(/no longer available/)).toBeInTheDocument();
  });

  it("leads back to setup", async () => {
    const { session } = await typicalSession();
    const { user, router } = await openResults(session.id);
    await user.click(screen.getByRole("link", { name: "Back to setup" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
  });

  it("answers an unknown id with a not-found screen that links to setup", async () => {
    const { user, router } = renderApp("/results/no-such-session");
    expect(await screen.findByRole("heading", { level: 1, name: "No results for this session" })).toBeInTheDocument();
    expect(screen.getByText(/“no-such-session”/)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Results" })).toBeNull();
    const link = screen.getByRole("link", { name: "Set up a session" });
    expect(link).toHaveAttribute("href", "/");
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
  });
});
