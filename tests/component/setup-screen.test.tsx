import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSessionStore } from "../../src/store/session-store.ts";
import { renderApp } from "./render-app.tsx";

const DECK = "AWS and Cloud Interview Q&A";

const awsTopics = [
  "AWS Core Services (4)",
  "Networking & Security (2)",
  "Storage & Databases (2)",
  "Serverless & Containers (2)",
  "DevOps & CI/CD (2)",
  "Monitoring & Logging (2)",
  "Cost Optimization (1)",
  "Multi-Cloud & Hybrid Cloud (2)",
  "Cloud Architecture Patterns (1)",
  "Scenario-Based Questions (6)",
];

function resetStore() {
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  sessionStorage.clear();
  localStorage.clear();
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  resetStore();
});

afterEach(() => {
  vi.useRealTimers();
  resetStore();
});

async function openSetup(path = "/") {
  const app = renderApp(path);
  await screen.findByRole("heading", { level: 1, name: "Practice" });
  return app;
}

const checkbox = (name: string | RegExp) => screen.getByRole("checkbox", { name });
const startButton = () => screen.getByRole("button", { name: "Start session" });
const countInput = () => screen.getByRole("spinbutton", { name: "Questions" });

async function startAndWaitForSession(
  user: ReturnType<typeof renderApp>["user"],
  router: ReturnType<typeof renderApp>["router"],
) {
  await user.click(startButton());
  await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
  const session = useSessionStore.getState().current;
  if (!session) throw new Error("Start session should open a session");
  return session;
}

describe("setup screen (/): defaults", () => {
  it("offers every deck, topic and kind with counts, and a sensible default session", async () => {
    const { router } = await openSetup();
    expect(screen.getByRole("heading", { level: 3, name: DECK })).toBeInTheDocument();
    expect(screen.getByText("24 questions · 18 concept · 6 scenario ·", { exact: false })).toBeInTheDocument();
    expect(checkbox(`Include ${DECK}`)).toBeChecked();

    const topics = within(screen.getByRole("group", { name: "Topics" })).getAllByRole("checkbox");
    expect(topics.map((box) => box.closest("li")?.textContent)).toEqual(awsTopics);
    for (const topic of topics) expect(topic).toBeChecked();
    expect(checkbox("Concept (18)")).toBeChecked();
    expect(checkbox("Scenario (6)")).toBeChecked();

    expect(countInput()).toHaveValue(10);
    expect(screen.getByText("24 questions match these choices.")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Shuffled" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Time per concept question" })).toHaveDisplayValue("3 min");
    expect(screen.getByRole("combobox", { name: "Time per scenario question" })).toHaveDisplayValue("6 min");
    expect(screen.getByRole("combobox", { name: "Time for the whole session" })).toHaveDisplayValue("No total limit");
    expect(screen.getByRole("radio", { name: "Keep going" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Practice" })).toBeChecked();
    expect(startButton()).toBeEnabled();
    expect(screen.queryByRole("region", { name: "Session in progress" })).not.toBeInTheDocument();
    expect(document.title).toBe("Practice · Rehearse");

    // The link gets a seed at once, so a copied link reproduces the shuffle; it is shown.
    await waitFor(() => expect(router.state.location.search).toEqual({ seed: expect.stringMatching(/^[a-z0-9]{6}$/) }));
    const { seed } = router.state.location.search as { seed: string };
    expect(screen.getByText(seed, { selector: "code" })).toBeInTheDocument();
  });

  it("links to browsing the deck", async () => {
    const { user, router } = await openSetup();
    await user.click(screen.getByRole("link", { name: `Browse all questions in ${DECK}` }));
    expect(await screen.findByRole("heading", { level: 1, name: DECK })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/decks/aws-cloud");
  });
});

describe("setup screen: filters", () => {
  it("topic filtering changes the kind counts and what is available, and caps the count", async () => {
    const { user, router } = await openSetup();
    await user.click(screen.getByRole("button", { name: `No topics in ${DECK}` }));
    expect(checkbox("Networking & Security (2)")).not.toBeChecked();
    expect(startButton()).toBeDisabled();
    expect(startButton()).toHaveAccessibleDescription("Choose at least one topic to start.");
    expect(screen.getByText("No questions match these choices.")).toBeInTheDocument();

    await user.click(checkbox("Networking & Security (2)"));
    expect(
      screen.getByText("Only 2 questions match these choices, so the session will have 2, not 10."),
    ).toBeInTheDocument();
    expect(checkbox("Concept (2)")).toBeChecked();
    expect(checkbox("Scenario (0)")).toBeChecked();
    expect(startButton()).toBeEnabled();
    expect(router.state.location.search).toMatchObject({ topics: ["Networking & Security"] });

    await user.click(checkbox("Scenario-Based Questions (6)"));
    expect(
      screen.getByText("Only 8 questions match these choices, so the session will have 8, not 10."),
    ).toBeInTheDocument();
    await user.click(checkbox("Concept (2)"));
    expect(checkbox("Scenario (6)")).toBeChecked();
    expect(
      screen.getByText("Only 6 questions match these choices, so the session will have 6, not 10."),
    ).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ kinds: "scenario" });
  });

  it("asking for more questions than match caps the session and says so", async () => {
    const { user, router } = await openSetup();
    await user.clear(countInput());
    await user.type(countInput(), "30");
    expect(
      screen.getByText("Only 24 questions match these choices, so the session will have 24, not 30."),
    ).toBeInTheDocument();
    expect(countInput()).toHaveAccessibleDescription(
      "Only 24 questions match these choices, so the session will have 24, not 30.",
    );
    expect(router.state.location.search).toMatchObject({ count: 30 });

    await user.clear(countInput());
    await user.type(countInput(), "5");
    expect(screen.getByText("24 questions match these choices.")).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ count: 5 });

    // Clearing the field keeps the count in force, and leaving it shows that count again.
    await user.clear(countInput());
    await user.tab();
    expect(countInput()).toHaveValue(5);

    const session = await startAndWaitForSession(user, router);
    expect(session.questionIds).toHaveLength(5);
  });

  it("unticking the deck disables its topics and the Start button, with the reason", async () => {
    const { user } = await openSetup();
    await user.click(checkbox(`Include ${DECK}`));
    expect(screen.getByRole("group", { name: "Topics" })).toBeDisabled();
    expect(startButton()).toBeDisabled();
    expect(screen.getByText("Choose at least one deck to start.")).toBeInTheDocument();
  });
});

describe("setup screen: the link is the setup", () => {
  it("bad params fall back to their defaults and the screen names them", async () => {
    const { user, router } = await openSetup("/?count=abc&order=zzz&mode=interview");
    expect(
      screen.getByText("Some settings in the link were not valid and were reset: count, order."),
    ).toBeInTheDocument();
    expect(countInput()).toHaveValue(10);
    expect(screen.getByRole("radio", { name: "Shuffled" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Interview" })).toBeChecked();
    // The link is tidied in place: the bad params go, the good one stays, a seed is added.
    await waitFor(() => expect(router.state.location.search).toEqual({ mode: "interview", seed: expect.any(String) }));
    expect(screen.getByText(/were reset: count, order/)).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "In deck order" }));
    expect(screen.queryByText(/were reset/)).not.toBeInTheDocument();
  });

  it("every change is written to the link, replacing the history entry, and the session takes it", async () => {
    const { user, router } = await openSetup();
    await waitFor(() => expect(router.state.location.search).toHaveProperty("seed"));
    const historyLength = router.history.length;

    await user.click(screen.getByRole("radio", { name: "In deck order" }));
    expect(screen.queryByRole("button", { name: "New seed" })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Time per concept question" }), "No limit");
    await user.selectOptions(screen.getByRole("combobox", { name: "Time per scenario question" }), "10 min");
    await user.selectOptions(screen.getByRole("combobox", { name: "Time for the whole session" }), "30 min");
    await user.click(screen.getByRole("radio", { name: "Reveal the answer" }));
    await user.click(screen.getByRole("radio", { name: "Interview" }));

    expect(router.state.location.search).toEqual({
      order: "in-order",
      concept: "off",
      scenario: 600,
      total: 30,
      onTimeUp: "reveal",
      mode: "interview",
    });
    expect(router.history.length).toBe(historyLength);

    const session = await startAndWaitForSession(user, router);
    expect(session.config).toMatchObject({
      order: "in-order",
      perQuestionSeconds: { concept: null, scenario: 600 },
      totalSeconds: 1800,
      onTimeUp: "reveal",
      mode: "interview",
      count: 10,
    });
    expect(session.questionIds.slice(0, 2)).toEqual([expect.stringMatching(/^aws-cloud\//), expect.any(String)]);
  });

  it("the same link gives the same questions in the same order; a new seed gives a new link", async () => {
    const path = "/?seed=fixed1&count=4";
    let app = await openSetup(path);
    expect(screen.getByText("fixed1", { selector: "code" })).toBeInTheDocument();
    const first = await startAndWaitForSession(app.user, app.router);
    expect(first.config).toMatchObject({ seed: "fixed1", count: 4, order: "shuffled" });

    cleanup();
    resetStore();
    app = await openSetup(path);
    const second = await startAndWaitForSession(app.user, app.router);
    expect(second.id).not.toBe(first.id);
    expect(second.questionIds).toEqual(first.questionIds);

    cleanup();
    resetStore();
    app = await openSetup(path);
    await app.user.click(screen.getByRole("button", { name: "New seed" }));
    const { seed } = app.router.state.location.search as { seed: string };
    expect(seed).not.toBe("fixed1");
    expect(screen.getByText(seed, { selector: "code" })).toBeInTheDocument();
  });
});

describe("setup screen: starting and resuming", () => {
  it("Start session opens a session with the chosen count and goes to /session", async () => {
    const { user, router } = await openSetup("/?count=3&kinds=scenario");
    const session = await startAndWaitForSession(user, router);
    expect(session.questionIds).toHaveLength(3);
    expect(Object.values(session.questionMeta).map((meta) => meta.kind)).toEqual(["scenario", "scenario", "scenario"]);
    expect(session.config).toMatchObject({ deckIds: ["aws-cloud"], kinds: ["scenario"], count: 3 });
  });

  it("with a session open: a Resume banner, and starting another asks first and keeps the old results", async () => {
    const { user, router } = await openSetup("/?count=5&order=in-order");
    const old = await startAndWaitForSession(user, router);
    const moved = { ...old, currentIndex: 2, pausedAt: Date.now() };
    useSessionStore.setState((state) => ({ open: { ...state.open, [old.id]: moved }, current: moved }));
    cleanup();

    const app = await openSetup("/?count=2");
    const banner = screen.getByRole("region", { name: "Session in progress" });
    expect(within(banner).getByText("Question 3 of 5, paused")).toBeInTheDocument();
    expect(within(banner).getByRole("link", { name: "Resume session" })).toHaveAttribute("href", "/session");

    await app.user.click(startButton());
    expect(app.router.state.location.pathname).toBe("/");
    const confirm = screen.getByRole("button", { name: "Finish it and start" });
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAccessibleDescription(/Starting a new one finishes it; its results are kept/);

    await app.user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("button", { name: "Finish it and start" })).not.toBeInTheDocument();
    expect(startButton()).toHaveFocus();
    expect(useSessionStore.getState().current?.id).toBe(old.id);

    await app.user.click(startButton());
    await app.user.click(screen.getByRole("button", { name: "Finish it and start" }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe("/session"));
    const state = useSessionStore.getState();
    expect(state.current?.id).not.toBe(old.id);
    expect(state.current?.questionIds).toHaveLength(2);
    expect(state.finished[old.id]?.finishedAt).toEqual(expect.any(Number));
  });

  it("the Resume session link goes back to the open session", async () => {
    const { user, router } = await openSetup("/?count=2");
    await startAndWaitForSession(user, router);
    cleanup();
    const app = await openSetup("/");
    await app.user.click(screen.getByRole("link", { name: "Resume session" }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe("/session"));
  });

  it("/session with no session open comes back here and says so", async () => {
    const { router } = renderApp("/session");
    expect(await screen.findByText("There is no session in progress — set one up below.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(screen.getByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    // The notice is not a setting: it leaves the link, and stays on screen.
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty("notice"));
    expect(screen.getByText(/There is no session in progress/)).toBeInTheDocument();
  });
});

describe("setup remembers the last session's settings", () => {
  it("starts from the top of the form, then opens with those settings; a link that names a setting wins", async () => {
    localStorage.setItem("rehearse.firstRun.dismissed", "true");
    const first = renderApp("/?count=4&mode=interview&order=in-order");
    const top = await screen.findByRole("button", { name: "Start: 4 questions, interview mode" });
    await first.user.click(top);
    await waitFor(() => expect(first.router.state.location.pathname).toBe("/session"));
    cleanup();

    renderApp("/");
    expect(await screen.findByRole("spinbutton", { name: "Questions" })).toHaveValue(4);
    expect(screen.getByRole("radio", { name: "Interview" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "In deck order" })).toBeChecked();
    cleanup();

    renderApp("/?count=2");
    expect(await screen.findByRole("spinbutton", { name: "Questions" })).toHaveValue(2);
    expect(screen.getByRole("radio", { name: "Practice" })).toBeChecked();
  });
});
