import { useSessionStore } from "../../src/store/session-store.ts";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { FIRST_RUN_DISMISSED_KEY } from "../../src/store/first-run-store.ts";
import { renderApp } from "./render-app.tsx";

const GUIDE = "New here? A session in three steps";

async function openSetup(path = "/") {
  const app = renderApp(path);
  await screen.findByRole("heading", { level: 1, name: "Practice" });
  return app;
}

const findGuide = () => screen.findByRole("region", { name: GUIDE });
const queryGuide = () => screen.queryByRole("region", { name: GUIDE });
const footerLink = () => within(screen.getByRole("contentinfo")).getByRole("link", { name: "How Rehearse works" });

/** The guide's code loads lazily: give it every chance to appear before saying it did not. */
async function expectNoGuide() {
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(queryGuide()).toBeNull();
}

beforeEach(() => {
  localStorage.clear();
});

describe("first-run guide", () => {
  it("shows on a first visit: three steps, a sample session and Dismiss", async () => {
    await openSetup();
    const guide = await findGuide();
    const steps = within(guide).getAllByRole("listitem");
    expect(steps.map((step) => step.querySelector("strong")?.textContent)).toEqual([
      "Pick topics.",
      "Answer against the clock.",
      "Reveal, grade, review.",
    ]);
    expect(within(guide).getByRole("button", { name: "Try a 3-question sample" })).toBeEnabled();
    expect(within(guide).getByRole("button", { name: "Dismiss" })).toBeEnabled();
    // It sits above the form and never takes focus on its own.
    expect(guide).not.toContainElement(document.activeElement as HTMLElement);
    expect(screen.getByRole("button", { name: "Start session" })).toBeEnabled();
  });

  it("stays dismissed: after Dismiss, and on every later visit", async () => {
    const { user } = await openSetup();
    await user.click(within(await findGuide()).getByRole("button", { name: "Dismiss" }));
    expect(queryGuide()).toBeNull();
    expect(localStorage.getItem(FIRST_RUN_DISMISSED_KEY)).not.toBeNull();
    expect(screen.getByRole("main")).toHaveFocus();

    cleanup();
    await openSetup();
    await expectNoGuide();
  });

  it("never shows to a returning person", async () => {
    localStorage.setItem(FIRST_RUN_DISMISSED_KEY, "true");
    await openSetup("/?count=4");
    await expectNoGuide();
    expect(footerLink()).toBeInTheDocument();
  });

  it("reopens from the footer on setup, keeping the settings in the link, and takes focus", async () => {
    localStorage.setItem(FIRST_RUN_DISMISSED_KEY, "true");
    const { user, router } = await openSetup("/?count=4");
    await user.click(footerLink());
    const heading = within(await findGuide()).getByRole("heading", { name: GUIDE });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.pathname).toBe("/");
    expect(router.state.location.search).toMatchObject({ count: 4 });

    // Dismissed again, it stays dismissed again.
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(queryGuide()).toBeNull();
    expect(localStorage.getItem(FIRST_RUN_DISMISSED_KEY)).not.toBeNull();
  });

  it("reopens from the footer of another page by going to setup", async () => {
    localStorage.setItem(FIRST_RUN_DISMISSED_KEY, "true");
    const { user, router } = renderApp("/decks");
    await screen.findByRole("heading", { level: 1, name: "Decks" });
    expect(footerLink()).not.toHaveAttribute("aria-current");
    await user.click(footerLink());
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
    const heading = within(await findGuide()).getByRole("heading", { name: GUIDE });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
  });

  it("starts the 3-question sample: the first three questions in deck order, practice mode, whatever the form says", async () => {
    const { user, router } = await openSetup("/?count=7&mode=interview");
    await user.click(within(await findGuide()).getByRole("button", { name: "Try a 3-question sample" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/session"));
    const session = useSessionStore.getState().current;
    expect(session?.questionIds).toHaveLength(3);
    expect(session?.config).toMatchObject({ count: 3, order: "in-order", mode: "practice" });
    expect(session?.questionIds.map((id) => session.questionMeta[id]?.label)).toEqual(["Q1", "Q2", "Q3"]);
  });
});
