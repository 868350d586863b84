import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

describe("not found", () => {
  it("shows a page-not-found screen inside the shell for an unknown path, with a way home", async () => {
    const { user, router } = renderApp("/nowhere");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(document.title).toBe("Page not found · Rehearse");
    await user.click(screen.getByRole("link", { name: "Go to setup" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
  });

  it("says which deck does not exist and links to the decks and home", async () => {
    const { user, router } = renderApp("/decks/nope");
    expect(await screen.findByRole("heading", { level: 1, name: "Deck not found" })).toBeInTheDocument();
    expect(screen.getByText(/no deck called “nope”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to setup" })).toHaveAttribute("href", "/");
    await user.click(screen.getByRole("link", { name: "See all decks" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Decks" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/decks");
  });
});
