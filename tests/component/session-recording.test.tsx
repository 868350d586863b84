import "fake-indexeddb/auto";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { beginRecording, appendChunk, deleteAllRecordings, listRecordings, readRecordingAudio } from "../../src/store/recordings-db.ts";
import { FakeMediaRecorder, installMediaFakes, removeMediaFakes } from "./media-fakes.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { renderApp } from "./render-app.tsx";
import { advance, awsQuestions, baseConfig, currentSession, openSession, resetSessionStore } from "./session-helpers.tsx";

beforeAll(async () => {
  // Loads the session screen's modules once up front, so the first test's screen shows in time.
  await import("../../src/features/session/session-screen.tsx");
});

beforeEach(() => {
  // fake-indexeddb schedules with setImmediate: left real, so its transactions behave as a browser's.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  resetSessionStore();
});
afterEach(async () => {
  vi.useRealTimers();
  removeMediaFakes();
  resetSessionStore();
  await deleteAllRecordings();
});


describe("recording a spoken answer", () => {
  it("records with R, saves a chunk each second, and stops with R", async () => {
    const microphone = installMediaFakes();
    const { questions } = await openSession();
    expect(screen.getByText(/Audio stays in this browser/)).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: "r" });
    await screen.findByText(/^Recording \d:\d\d$/);
    expect(FakeMediaRecorder.instances[0]?.mimeType).toBe("audio/webm;codecs=opus");
    advance(3000);
    await waitFor(async () => expect((await listRecordings(currentSession()!.id))[0]?.chunkCount).toBe(3));

    fireEvent.keyDown(document.body, { key: "R" });
    await screen.findByText("Microphone off");
    const [take] = await listRecordings(currentSession()!.id);
    expect(take).toMatchObject({ questionId: questions[0]!.id, state: "complete", chunkCount: 4, size: 12 });
    expect(take!.durationMs).toBeGreaterThanOrEqual(3000);
    expect((await readRecordingAudio(take!.id))?.size).toBe(12);
    expect(microphone.tracks[0]?.stop).toHaveBeenCalled();
    expect(screen.getByText(/1 take saved for this question/)).toBeInTheDocument();
  });

  it("stops the take when the person moves on or pauses", async () => {
    installMediaFakes();
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    advance(1500);
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(async () => expect((await listRecordings(currentSession()!.id))[0]?.state).toBe("complete"));
    expect(screen.getByRole("button", { name: "Record" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    fireEvent.keyDown(document.body, { key: "p" });
    await waitFor(async () => {
      const takes = await listRecordings(currentSession()!.id);
      expect(takes.map((t) => t.state)).toEqual(["complete", "complete"]);
    });
  });

  it("says clearly when the microphone is refused, and the notes still work", async () => {
    installMediaFakes({ failWith: "NotAllowedError" });
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Record" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/Microphone access was refused.*goes on with notes/);
    await user.type(screen.getByRole("textbox", { name: "Notes" }), "IAM roles");
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue("IAM roles");
  });

  it("says when there is no microphone", async () => {
    installMediaFakes({ failWith: "NotFoundError" });
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Record" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("No microphone was found");
  });

  it("names a take that a reload cut short, with what was kept", async () => {
    installMediaFakes();
    const questions = await awsQuestions();
    const session = useSessionStore.getState().actions.start(baseConfig, questions);
    await beginRecording({ id: "cut", sessionId: session.id, questionId: questions[0]!.id, mimeType: "audio/webm", startedAt: 1 });
    await appendChunk("cut", new Uint8Array([1, 2]).buffer, 7000);
    renderApp("/session");
    expect(await screen.findByText(/A take stopped when the page was closed or reloaded; 0:07 of it was kept/)).toBeInTheDocument();
  });

  it("offers notes only where the browser cannot record", async () => {
    await openSession();
    expect(screen.getByText(/This browser cannot record audio/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record" })).toBeNull();
  });
});

describe("a microphone lost mid-take", () => {
  it("says so and keeps what was recorded", async () => {
    installMediaFakes();
    const { user } = await openSession();
    await user.click(screen.getByRole("button", { name: "Record" }));
    await screen.findByRole("button", { name: "Stop recording" }, { timeout: 5000 });
    advance(2000);
    const recorder = FakeMediaRecorder.instances[0]!;
    recorder.onerror?.();
    expect(await screen.findByRole("alert")).toHaveTextContent("The microphone stopped (disconnected or taken by another app)");
    await waitFor(async () => {
      const [take] = await listRecordings(currentSession()!.id);
      expect(take).toMatchObject({ state: "complete", chunkCount: 3 });
    });
    expect(screen.getByRole("button", { name: "Record" })).toBeEnabled();
  });
});
