import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import {
  appendChunk,
  beginRecording,
  deleteAllRecordings,
  deleteRecording,
  deleteSessionRecordings,
  finishRecording,
  listRecordings,
  readRecordingAudio,
  recordingUsage,
} from "../../src/store/recordings-db.ts";

function bytes(...values: number[]): ArrayBuffer {
  return new Uint8Array(values).buffer;
}

async function take(id: string, sessionId: string, chunks: number[][], complete = true): Promise<void> {
  await beginRecording({ id, sessionId, questionId: `${sessionId}/q1`, mimeType: "audio/webm;codecs=opus", startedAt: chunks.length });
  let ms = 0;
  for (const chunk of chunks) {
    ms += 1000;
    await appendChunk(id, bytes(...chunk), ms);
  }
  if (complete) await finishRecording(id, ms + 200);
}

afterEach(async () => {
  await deleteAllRecordings();
});

describe("recordings database", () => {
  it("keeps chunks in order as one audio blob, with duration and size", async () => {
    await take("r1", "s1", [[1, 2], [3], [4, 5, 6]]);
    const [info] = await listRecordings("s1");
    expect(info).toMatchObject({ id: "r1", size: 6, chunkCount: 3, durationMs: 3200, state: "complete" });
    const audio = await readRecordingAudio("r1");
    expect(audio?.type).toBe("audio/webm;codecs=opus");
    expect([...new Uint8Array(await (audio as Blob).arrayBuffer())]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("keeps what a take cut short had saved, marked as still recording", async () => {
    await take("cut", "s1", [[9, 9]], false);
    const [info] = await listRecordings("s1");
    expect(info).toMatchObject({ state: "recording", durationMs: 1000, size: 2 });
    expect((await readRecordingAudio("cut"))?.size).toBe(2);
  });

  it("counts usage per session and deletes by take, by session and all", async () => {
    await take("a", "s1", [[1, 1, 1]]);
    await take("b", "s1", [[1]]);
    await take("c", "s2", [[1, 1]]);
    expect(await recordingUsage()).toEqual([
      { sessionId: "s1", count: 2, bytes: 4 },
      { sessionId: "s2", count: 1, bytes: 2 },
    ]);
    await deleteRecording("a");
    expect((await listRecordings("s1")).map((r) => r.id)).toEqual(["b"]);
    expect(await readRecordingAudio("a")).toBeNull();
    await deleteSessionRecordings("s1");
    expect((await listRecordings()).map((r) => r.id)).toEqual(["c"]);
    await deleteAllRecordings();
    expect(await listRecordings()).toEqual([]);
    expect(await readRecordingAudio("c")).toBeNull();
  });

  it("drops chunks of a take deleted while it was being made", async () => {
    await beginRecording({ id: "gone", sessionId: "s3", questionId: "q", mimeType: "audio/mp4", startedAt: 1 });
    await deleteRecording("gone");
    await appendChunk("gone", bytes(1), 1000);
    expect(await listRecordings("s3")).toEqual([]);
    expect(await readRecordingAudio("gone")).toBeNull();
  });
});
