import "fake-indexeddb/auto";
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAllRecordings } from "../../src/store/recordings-db.ts";
import { useVoicePreferences, VOICE_PREFERENCES_KEY } from "../../src/store/voice-preferences.ts";
import { installMediaFakes, removeMediaFakes } from "./media-fakes.ts";
import { renderApp } from "./render-app.tsx";
import { openSession, resetSessionStore } from "./session-helpers.tsx";

const synth = { speak: vi.fn(), cancel: vi.fn() };

class FakeUtterance {
  lang = "";
  onend: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const spokenTexts = () => synth.speak.mock.calls.map(([u]) => (u as FakeUtterance).text);

beforeAll(async () => {
  await import("../../src/features/session/session-screen.tsx");
});

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  resetSessionStore();
  useVoicePreferences.setState({ readAloud: false, transcribe: false, noRecognitionNoted: true });
  synth.speak.mockReset();
  synth.cancel.mockReset();
  vi.stubGlobal("speechSynthesis", synth);
  vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
  installMediaFakes();
});
afterEach(async () => {
  vi.useRealTimers();
  removeMediaFakes();
  resetSessionStore();
  await deleteAllRecordings();
});

describe("reading the question aloud", () => {
  it("is offered on setup and kept for this browser", async () => {
    renderApp("/");
    const box = await screen.findByRole("checkbox", { name: "Read each question aloud" });
    expect(box).not.toBeChecked();
    box.click();
    await waitFor(() => expect(box).toBeChecked());
    expect(useVoicePreferences.getState().readAloud).toBe(true);
    expect(JSON.parse(localStorage.getItem(VOICE_PREFERENCES_KEY) ?? "{}").state).toMatchObject({ readAloud: true });
  });

  it("reads each question when it shows, again on request, and stops for recording", async () => {
    useVoicePreferences.setState({ readAloud: true });
    const { user, questions } = await openSession();
    await waitFor(() => expect(spokenTexts()).toEqual([questions[0]!.prompt]));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(() => expect(spokenTexts()).toEqual([questions[0]!.prompt, questions[1]!.prompt]));
    await user.click(screen.getByRole("button", { name: "Read question aloud" }));
    expect(spokenTexts().at(-1)).toBe(questions[1]!.prompt);
    synth.cancel.mockClear();
    await user.click(screen.getByRole("button", { name: "Record" }));
    expect(synth.cancel).toHaveBeenCalled();
  });

  it("stays silent unless chosen", async () => {
    await openSession();
    expect(synth.speak).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Read question aloud" })).toBeInTheDocument();
  });
});
