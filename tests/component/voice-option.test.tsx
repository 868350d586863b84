import { cleanup, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VOICE_PREFERENCES_KEY } from "../../src/store/storage-keys.ts";
import { renderApp } from "./render-app.tsx";

// Setup's Voice option reaches its store lazily (load-voice-preferences.ts). This file's module
// graph is its own, so the store starts unloaded here, as on a first visit.

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal("speechSynthesis", { speak: vi.fn(), cancel: vi.fn() });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("setup's Voice option", () => {
  it("saved as on, it is ticked from setup's first paint: the route loads the store before it", async () => {
    localStorage.setItem(VOICE_PREFERENCES_KEY, JSON.stringify({ state: { readAloud: true }, version: 1 }));
    renderApp("/");
    expect(await screen.findByRole("checkbox", { name: "Read each question aloud" })).toBeChecked();
  });

  it("unticking loads nothing more than it needs and is saved", async () => {
    localStorage.setItem(VOICE_PREFERENCES_KEY, JSON.stringify({ state: { readAloud: true }, version: 1 }));
    renderApp("/");
    const box = await screen.findByRole("checkbox", { name: "Read each question aloud" });
    box.click();
    await waitFor(() => expect(box).not.toBeChecked());
    expect(JSON.parse(localStorage.getItem(VOICE_PREFERENCES_KEY) ?? "{}").state).toMatchObject({ readAloud: false });
  });
});
