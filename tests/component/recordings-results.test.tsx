import "fake-indexeddb/auto";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession, transition } from "../../src/interview/session-machine.ts";
import type { Session } from "../../src/interview/session-types.ts";
import { historyDb } from "../../src/store/history-db.ts";
import { appendChunk, beginRecording, deleteAllRecordings, finishRecording, listRecordings } from "../../src/store/recordings-db.ts";
import { useSessionStore } from "../../src/store/session-store.ts";
import { makeQuestion, sessionConfig } from "../fixtures/session-fixtures.ts";
import { renderApp } from "./render-app.tsx";

const T0 = Date.UTC(2025, 4, 5, 7, 30, 0);

function finishedSession(id: string): Session {
  const questions = ["a", "b"].map((q) => makeQuestion(q, { section: "Networking", deckId: "deck" }));
  let session = createSession(sessionConfig({ count: 2 }), questions, { id, at: T0 });
  session = transition(session, { type: "graded", at: T0 + 1000, grade: 3 });
  session = transition(session, { type: "transcribed", at: T0 + 2000, text: "security groups and NACLs" });
  return transition(session, { type: "finished", at: T0 + 60_000 });
}

async function addTake(id: string, sessionId: string, questionId: string, seconds: number, bytes: number[]) {
  await beginRecording({ id, sessionId, questionId, mimeType: "audio/webm;codecs=opus", startedAt: T0 + seconds });
  await appendChunk(id, new Uint8Array(bytes).buffer, seconds * 1000);
  await finishRecording(id, seconds * 1000);
}

const blobs: Blob[] = [];

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  useSessionStore.setState({ ...useSessionStore.getInitialState(), busyElsewhere: new Set<string>() });
  await historyDb().clearHistory();
  await deleteAllRecordings();
  blobs.length = 0;
  vi.stubGlobal("URL", Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:fake/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("recorded answers after the session", () => {
  it("replay on the results page beside the notes, with their length, and can be deleted", async () => {
    const session = finishedSession("s-results");
    useSessionStore.getState().actions.restoreFinished(session);
    await addTake("t1", session.id, "deck/a", 7, [1, 2, 3]);
    await addTake("t2", session.id, "deck/a", 12, [4]);
    renderApp(`/results/${session.id}`);
    // Generous waits: the results screen loads its route and the takes from IndexedDB.
    const first = (await screen.findAllByRole("article", {}, { timeout: 5000 }))[0] as HTMLElement;
    await within(first).findByText("Take 1, 0:07", {}, { timeout: 5000 });
    expect(within(first).getByText("Spoken answer")).toBeInTheDocument();
    expect(within(first).getByRole("heading", { name: "Transcript" })).toBeInTheDocument();
    expect(within(first).getByText("security groups and NACLs")).toBeInTheDocument();
    expect(within(first).getByText("Take 2, 0:12")).toBeInTheDocument();
    await waitFor(() => expect(within(first).getByLabelText("Play Take 1, 0:07")).toHaveAttribute("src", expect.stringMatching(/^blob:fake\//)));
    expect(blobs.map((b) => b.size).sort()).toEqual([1, 3]);

    fireEvent.click(within(first).getByRole("button", { name: "Delete take 1" }));
    await waitFor(() => expect(within(first).queryByText("Take 2, 0:12")).toBeNull());
    expect(within(first).getByText("Take 1, 0:12")).toBeInTheDocument();
    expect((await listRecordings(session.id)).map((t) => t.id)).toEqual(["t2"]);
  });

  it("are counted per session on the history page and deleted per session or all at once", async () => {
    const one = finishedSession("s-one");
    const two = finishedSession("s-two");
    expect((await historyDb().saveFinishedSession(one)).ok).toBe(true);
    expect((await historyDb().saveFinishedSession(two)).ok).toBe(true);
    await addTake("a", one.id, "deck/a", 5, [1, 1, 1, 1]);
    await addTake("b", one.id, "deck/b", 5, [1, 1]);
    await addTake("c", two.id, "deck/a", 3, [1]);
    renderApp("/history");
    const panel = await screen.findByRole("region", { name: "Recordings" }, { timeout: 5000 });
    expect(await within(panel).findByText("2 sessions with recordings, 7 B in all.", {}, { timeout: 5000 })).toBeInTheDocument();
    const rows = within(panel).getAllByRole("row").slice(1);
    // Newest first (by when the first take was made).
    expect(rows[0]).toHaveTextContent(/2 takes, 0:10\s*6 B/);
    expect(rows[1]).toHaveTextContent(/1 take, 0:03\s*1 B/);

    fireEvent.click(within(rows[0] as HTMLElement).getByRole("button", { name: /Delete recordings of the session/ }));
    expect(await within(panel).findByText("1 session with recordings, 1 B in all.")).toBeInTheDocument();
    expect((await listRecordings()).map((t) => t.id)).toEqual(["c"]);

    fireEvent.click(within(panel).getByRole("button", { name: "Delete all recordings" }));
    fireEvent.click(within(screen.getByRole("alertdialog", { name: "Delete all recordings?" })).getByRole("button", { name: "Delete recordings" }));
    expect(await within(panel).findByText("No recordings saved.")).toBeInTheDocument();
    expect(await listRecordings()).toEqual([]);
    expect((await historyDb().readHistory()).sessions).toHaveLength(2);
  });

  it("stay out of Export all data unless “include recordings” is ticked, and come back on import", async () => {
    const session = finishedSession("s-backup");
    expect((await historyDb().saveFinishedSession(session)).ok).toBe(true);
    await addTake("k", session.id, "deck/a", 4, [7, 8, 9]);
    renderApp("/history");
    const exportButton = await screen.findByRole("button", { name: "Export all data" }, { timeout: 5000 });
    const readExport = async () => JSON.parse(await (blobs.at(-1) as Blob).text()) as { recordings?: { id: string; audio: string }[] };

    fireEvent.click(exportButton);
    await screen.findByText(/^Exported 1 session and the review schedule/);
    expect((await readExport()).recordings).toBeUndefined();

    fireEvent.click(screen.getByRole("checkbox", { name: "include recordings" }));
    fireEvent.click(exportButton);
    await screen.findByText(/^Exported 1 session, 1 recording and the review schedule/);
    const file = await readExport();
    expect(file.recordings).toEqual([expect.objectContaining({ id: "k", audio: btoa(String.fromCharCode(7, 8, 9)) })]);

    await historyDb().clearHistory();
    await deleteAllRecordings();
    const input = document.querySelector<HTMLInputElement>("input[type=file]") as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(file)], "backup.json", { type: "application/json" })] } });
    fireEvent.click(await screen.findByRole("button", { name: "Confirm import" }));
    expect(await screen.findByText("Imported 1 session and 1 recording.")).toBeInTheDocument();
    expect(await listRecordings(session.id)).toEqual([expect.objectContaining({ id: "k", size: 3, durationMs: 4000, state: "complete" })]);
  });
});
