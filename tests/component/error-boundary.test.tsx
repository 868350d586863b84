import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { loadBundledDeck } from "virtual:rehearse-decks";
import type * as BundledDecks from "virtual:rehearse-decks";
import { renderApp } from "./render-app.tsx";

vi.mock("virtual:rehearse-decks", async (importOriginal) => {
  const real = await importOriginal<typeof BundledDecks>();
  return { ...real, loadBundledDeck: vi.fn(real.loadBundledDeck) };
});

// The retry renders the whole deck page, which takes seconds in jsdom on a busy machine.
describe("error boundary", { timeout: 30_000 }, () => {
  it("shows what failed with a retry and a way home instead of a blank page, and retry recovers", async () => {
    vi.mocked(loadBundledDeck).mockRejectedValueOnce(new Error("Network connection lost"));
    const { user } = renderApp("/decks/aws-cloud");
    expect(await screen.findByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Network connection lost");
    expect(screen.getByRole("link", { name: "Go to setup" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "AWS and Cloud Interview Q&A" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Something went wrong" })).toBeNull();
  });
});
