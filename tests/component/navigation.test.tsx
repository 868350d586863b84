import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

describe("app shell and navigation", () => {
  it("moves between screens with the main navigation and marks the current one", async () => {
    const { user, router } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Practice" });
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Practice" })).toHaveAttribute("aria-current", "page");

    await user.click(within(nav).getByRole("link", { name: "Decks" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Decks" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/decks");
    expect(within(nav).getByRole("link", { name: "Decks" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Practice" })).not.toHaveAttribute("aria-current");
    expect(screen.getByRole("link", { name: "Browse AWS and Cloud Interview Q&A" })).toHaveAttribute(
      "href",
      "/decks/aws-cloud",
    );

    await user.click(within(nav).getByRole("link", { name: "History" }));
    expect(await screen.findByRole("heading", { level: 1, name: "History" })).toBeInTheDocument();
    expect(screen.getByText(/No finished sessions yet/)).toBeInTheDocument();
    expect(document.title).toBe("History · Rehearse");

    await user.click(within(nav).getByRole("link", { name: "Practice" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
  });

  it("has a skip link that moves focus to the main region", async () => {
    const { user } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Practice" });
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("sends /session with no open session to setup, which says so", async () => {
    const { router } = renderApp("/session");
    expect(await screen.findByText(/no session in progress/i)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
    expect(screen.getByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
  });

  it("says when there are no results for a session id, with a way to set one up", async () => {
    renderApp("/results/abc123");
    expect(await screen.findByRole("heading", { level: 1, name: "No results for this session" })).toBeInTheDocument();
    expect(screen.getByText(/“abc123”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Set up a session" })).toHaveAttribute("href", "/");
  });
});
