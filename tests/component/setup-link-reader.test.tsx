import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  isLinkNotReadYet,
  LinkNotReadYet,
  loadLinkReader,
  readSetupRouteSearch,
} from "../../src/features/setup/link-reader.ts";
import { renderApp } from "./render-app.tsx";

// The link reader (valibot and the link's schema) is a chunk of its own. This file's module graph
// is its own, so the reader starts unloaded here, as on a first visit; the tests run in order.

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("setup links before and after the link reader has loaded", () => {
  it("a bare link is the defaults without the reader; a link with settings waits for it", () => {
    expect(readSetupRouteSearch({}, [], {})).toMatchObject({ count: undefined, decks: undefined, reset: undefined });
    expect(readSetupRouteSearch({ count: undefined }, [], {}).count).toBeUndefined();
    expect(() => readSetupRouteSearch({ count: 5 }, [], {})).toThrow(LinkNotReadYet);
    // The router wraps what validateSearch throws; the setup route still knows it.
    expect(isLinkNotReadYet(new Error("search", { cause: new LinkNotReadYet() }))).toBe(true);
    expect(isLinkNotReadYet(new Error("something else"))).toBe(false);
  });

  it("a link that comes before the reader shows the pending screen, then its settings (not an error)", async () => {
    const { router } = renderApp("/?count=5&mode=interview&order=in-order");
    expect(await screen.findByRole("spinbutton", { name: "Questions" }, { timeout: 5000 })).toHaveValue(5);
    expect(screen.getByRole("radio", { name: "Interview" })).toBeChecked();
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ count: 5, mode: "interview" }));
  });

  it("once loaded, a link is read at once and bad settings still reset with a notice", async () => {
    const reader = await loadLinkReader();
    expect(readSetupRouteSearch({ count: "abc", mode: "interview" }, [], {})).toEqual(
      reader.validateSetupSearch({ count: "abc", mode: "interview" }, [], {}),
    );
    renderApp("/?count=abc");
    expect(await screen.findByText(/were reset|was reset/)).toBeInTheDocument();
  });
});
