import "fake-indexeddb/auto";
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAllRecordings } from "../../src/store/recordings-db.ts";
import { useVoicePreferences } from "../../src/store/voice-preferences.ts";
import { FakeRecognition, installMediaFakes, installRecognitionFake, removeMediaFakes } from "./media-fakes.ts";
import { currentSession, openSession, resetSessionStore } from "./session-helpers.tsx";

beforeAll(async () => {
  // Loads the session screen's modules once up front, so the first test's screen shows in time.
  await import("../../src/features/session/session-screen.tsx");
});

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  resetSessionStore();
  useVoicePreferences.setState({ readAloud: false, transcribe: false, noRecognitionNoted: false });
  installMediaFakes();
});
afterEach(async () => {
  vi.useRealTimers();
  removeMediaFakes();
  resetSessionStore();
  await deleteAllRecordings();
});

describe("transcript of the spoken answer", () => {
  it("is opt-in, says where the audio may go, shows words live and saves them with the question", async () => {
    installRecognitionFake();
    const { user, questions } = await openSession();
    const transcribe = screen.getByRole("checkbox", { name: "Transcribe while recording" });
    expect(transcribe).not.toBeChecked();
    expect(transcribe).toHaveAccessibleDescription(/may send the audio to its maker’s online service.*Recordings themselves stay in this browser/);

    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    expect(FakeRecognition.instances).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Stop recording" }));
    await screen.findByRole("button", { name: "Record" }, { timeout: 5000 });

    await user.click(transcribe);
    expect(useVoicePreferences.getState().transcribe).toBe(true);
    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));
    const recognition = FakeRecognition.instances[0]!;
    expect(recognition.start).toHaveBeenCalled();
    expect(recognition).toMatchObject({ continuous: true, interimResults: true, processLocally: undefined });

    act(() => recognition.hear("spot instances", false));
    expect(await screen.findByText("spot instances")).toHaveClass("transcript__interim");
    act(() => recognition.hear("spot instances save money", true));
    act(() => recognition.hear("for batch jobs", true));
    const q1 = questions[0]!.id;
    await waitFor(() => expect(currentSession()!.entries[q1]!.transcript).toBe("spot instances save money for batch jobs"));

    // Chrome ends recognition after a silence: it starts again while the take goes on.
    act(() => recognition.onend?.());
    expect(recognition.start).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole("button", { name: "Stop recording" }));
    expect(recognition.stop).toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Reveal answer" }));
    const rubric = await screen.findByRole("group", { name: "What I covered" });
    expect(within(rubric).getByRole("checkbox", { name: questions[0]!.keyPoints[2] })).toBeChecked();
  });

  it("recognises on the device where the browser can, and says so", async () => {
    installRecognitionFake({ onDevice: true });
    useVoicePreferences.setState({ transcribe: true });
    const { user } = await openSession();
    expect(await screen.findByText("Speech is recognised on this device: no audio leaves it.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    await waitFor(() => expect(FakeRecognition.instances.at(-1)?.processLocally).toBe(true));
  });

  it("says a recognition failure and keeps recording", async () => {
    installRecognitionFake();
    useVoicePreferences.setState({ transcribe: true });
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));
    act(() => FakeRecognition.instances[0]!.onerror?.({ error: "network" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/could not be reached. The recording goes on/);
    expect(screen.getByRole("button", { name: "Stop recording" })).toBeInTheDocument();
  });

  it("says once, where there is no recognition, that answers are recorded only", async () => {
    const { user } = await openSession();
    expect(screen.getByText(/This browser offers no speech recognition/)).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Transcribe while recording" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText("Question 2 of 3");
    expect(screen.queryByText(/This browser offers no speech recognition/)).toBeNull();
  });
});
