import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UpdatePrompt } from "../../src/features/shell/update-prompt.tsx";
import { resetUpdateState, signalUpdateAvailable } from "../../src/store/update-store.ts";
import { renderApp } from "./render-app.tsx";

/** What the service-worker registration does when a new version has installed and waits. */
function newVersionWaits(apply: () => Promise<void>) {
  act(() => signalUpdateAvailable(apply));
}

afterEach(() => {
  act(() => resetUpdateState());
});

describe("update prompt", () => {
  it("says nothing until a new version waits, from a polite status region that is already in the page", () => {
    render(<UpdatePrompt />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByRole("button", { name: "Reload" })).not.toBeInTheDocument();
  });

  it("announces a waiting version, and Reload asks it to take over exactly once", async () => {
    const user = userEvent.setup();
    // Never settles, as when the page is about to reload.
    const apply = vi.fn(() => new Promise<void>(() => undefined));
    render(<UpdatePrompt />);
    newVersionWaits(apply);

    const region = screen.getByRole("status");
    expect(region).toHaveTextContent("Update available — reload");
    expect(apply).not.toHaveBeenCalled();

    await user.click(within(region).getByRole("button", { name: "Reload" }));
    expect(apply).toHaveBeenCalledTimes(1);
    const pending = within(region).getByRole("button", { name: "Reloading…" });
    expect(pending).toBeDisabled();
    await user.click(pending);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("offers Reload again when the new version could not take over", async () => {
    const user = userEvent.setup();
    const apply = vi.fn(() => Promise.reject(new Error("no waiting worker")));
    render(<UpdatePrompt />);
    newVersionWaits(apply);

    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(await screen.findByRole("button", { name: "Reload" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it("is part of the shell on every screen", async () => {
    const apply = vi.fn(() => new Promise<void>(() => undefined));
    const { user } = renderApp("/");
    const main = await screen.findByRole("main");
    expect(await screen.findByRole("heading", { level: 1, name: "Practice" })).toBeInTheDocument();
    newVersionWaits(apply);

    await user.click(within(main).getByRole("button", { name: "Reload" }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
