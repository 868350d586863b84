import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

// Setup's first changes on a bare `/` come before the link reader (its own chunk) has loaded: this
// file's module graph is its own, so the reader starts unloaded here, as on a first visit.

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("setup before the link reader has arrived", () => {
  it("changes made before the reader has arrived show at once and all reach the link", async () => {
    const { router, user } = renderApp("/");
    await user.click(await screen.findByRole("radio", { name: "Interview" }));
    await user.click(screen.getByRole("radio", { name: "In deck order" }));
    // Shown at once, the second built on the first.
    expect(screen.getByRole("radio", { name: "Interview" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "In deck order" })).toBeChecked();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ mode: "interview", order: "in-order" }));
  });
});
