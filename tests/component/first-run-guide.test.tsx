import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { FIRST_RUN_DISMISSED_KEY } from "../../src/features/shell/first-run.ts";
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
    const sample = within(guide).getByRole("link", { name: "Try a 3-question sample" });
    const href = new URL(sample.getAttribute("href") ?? "", "http://localhost");
    expect(href.pathname).toBe("/");
    expect(href.searchParams.get("count")).toBe("3");
    expect(href.searchParams.get("order")).toBe("in-order");
    expect(href.searchParams.get("mode")).toBeNull(); // practice, the default
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

  it("sets up the 3-question sample and hands over to Start", async () => {
    const { user, router } = await openSetup("/?count=7&mode=interview");
    await user.click(within(await findGuide()).getByRole("link", { name: "Try a 3-question sample" }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ count: 3, order: "in-order" }));
    expect(router.state.location.search).not.toHaveProperty("mode", "interview");
    expect(screen.getByRole("spinbutton", { name: "Questions" })).toHaveValue(3);
    expect(screen.getByRole("radio", { name: "In deck order" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Practice" })).toBeChecked();
    await waitFor(() => expect(screen.getByRole("button", { name: "Start session" })).toHaveFocus());
    expect(queryGuide()).toBeNull();
  });
});
