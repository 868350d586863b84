import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { createChangeChannel } from "./change-channel.ts";

/**
 * Spoken answers, in their own IndexedDB database. Audio never leaves the browser: nothing here
 * or anywhere else in the app sends it over the network.
 *
 * A recording is written as it is made: one `recordings` record (what lists show: question,
 * duration, size, state) and its audio in numbered `chunks`, each saved as the recorder hands it
 * over (about once a second), so a reload or a crash mid-answer keeps what was said up to then.
 * Chunks are stored as ArrayBuffers rather than Blobs: some browsers (older Safari) have failed to
 * store Blobs in IndexedDB, and bytes are what the size panel counts anyway.
 */

export const RECORDINGS_DB_NAME = "rehearse-recordings";
export const RECORDINGS_DB_VERSION = 1;
export const RECORDINGS_CHANNEL = "rehearse-recordings";

/** One take: a question's spoken answer from the moment Record was pressed to Stop. */
export interface RecordingInfo {
  id: string;
  sessionId: string;
  questionId: string;
  /** The container and codec the browser recorded in, e.g. "audio/webm;codecs=opus" or "audio/mp4". */
  mimeType: string;
  startedAt: number;
  /** Time spoken, as measured by the app (the container may not say, and webm from Chrome does not). */
  durationMs: number;
  /** Bytes of audio saved so far. */
  size: number;
  chunkCount: number;
  /**
   * "recording" while the take goes on; a take still in that state once its tab is gone was cut
   * short (reload, closed tab, crash): what it holds is what was saved up to then.
   */
  state: "recording" | "complete";
}

interface ChunkRecord {
  recordingId: string;
  seq: number;
  data: ArrayBuffer;
}

interface RecordingsSchema extends DBSchema {
  recordings: { key: string; value: RecordingInfo; indexes: { "by-session": string } };
  chunks: { key: [string, number]; value: ChunkRecord };
}

/** Total recorded audio of one session. */
export interface SessionRecordingUsage {
  sessionId: string;
  count: number;
  bytes: number;
}

/** What changed, so open lists reload. */
export interface RecordingsChange {
  type: "recordings-changed";
  sessionId: string | null;
}

const changes = createChangeChannel<RecordingsChange>(RECORDINGS_CHANNEL, (data) => data.type === "recordings-changed");

let opening: Promise<IDBPDatabase<RecordingsSchema>> | null = null;

function database(): Promise<IDBPDatabase<RecordingsSchema>> {
  if (typeof indexedDB === "undefined") return Promise.reject(new Error("This browser offers no IndexedDB storage here."));
  opening ??= openDB<RecordingsSchema>(RECORDINGS_DB_NAME, RECORDINGS_DB_VERSION, {
    upgrade(db, oldVersion) {
      // One branch per version step, so a browser several versions behind walks every step.
      if (oldVersion < 1) {
        db.createObjectStore("recordings", { keyPath: "id" }).createIndex("by-session", "sessionId");
        db.createObjectStore("chunks", { keyPath: ["recordingId", "seq"] });
      }
    },
    blocking() {
      // A newer version of the app wants to upgrade: step aside; the next call opens it again.
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function chunkRange(recordingId: string): IDBKeyRange {
  return IDBKeyRange.bound([recordingId, 0], [recordingId, Number.MAX_SAFE_INTEGER]);
}

function announce(sessionId: string | null): void {
  changes.announce({ type: "recordings-changed", sessionId }, { local: true });
}

/** Hears about changes made in this tab and in others. */
export function subscribeToRecordings(listener: (change: RecordingsChange) => void): () => void {
  return changes.subscribe(listener);
}

/** Starts a take: its record exists (with no audio yet) before the first chunk arrives. */
export async function beginRecording(
  info: Pick<RecordingInfo, "id" | "sessionId" | "questionId" | "mimeType" | "startedAt">,
): Promise<void> {
  const db = await database();
  await db.put("recordings", { ...info, durationMs: 0, size: 0, chunkCount: 0, state: "recording" });
  announce(info.sessionId);
}

/** Saves the next piece of audio and the take's duration so far, in one transaction. */
export async function appendChunk(recordingId: string, data: ArrayBuffer, durationMs: number): Promise<void> {
  const db = await database();
  const tx = db.transaction(["recordings", "chunks"], "readwrite");
  const recordings = tx.objectStore("recordings");
  const info = await recordings.get(recordingId);
  if (info === undefined) {
    // Deleted while it was being made (Delete all from another tab): drop the rest.
    tx.abort();
    await tx.done.catch(() => undefined);
    return;
  }
  await tx.objectStore("chunks").put({ recordingId, seq: info.chunkCount, data });
  await recordings.put({
    ...info,
    chunkCount: info.chunkCount + 1,
    size: info.size + data.byteLength,
    durationMs: Math.max(info.durationMs, durationMs),
  });
  await tx.done;
}

/** Ends a take with its final duration. */
export async function finishRecording(recordingId: string, durationMs: number): Promise<void> {
  const db = await database();
  const info = await db.get("recordings", recordingId);
  if (info === undefined) return;
  await db.put("recordings", { ...info, state: "complete", durationMs: Math.max(info.durationMs, durationMs) });
  announce(info.sessionId);
}

/** The takes of one session (or of every session), oldest first. */
export async function listRecordings(sessionId?: string): Promise<RecordingInfo[]> {
  const db = await database();
  const all = sessionId === undefined ? await db.getAll("recordings") : await db.getAllFromIndex("recordings", "by-session", sessionId);
  return all.sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
}

/** The audio of a take as one Blob (its chunks in order); null when it is gone or holds no audio. */
export async function readRecordingAudio(recordingId: string): Promise<Blob | null> {
  const db = await database();
  const info = await db.get("recordings", recordingId);
  if (info === undefined) return null;
  const chunks = await db.getAll("chunks", chunkRange(recordingId));
  if (chunks.length === 0) return null;
  return new Blob(
    chunks.map((c) => c.data),
    { type: info.mimeType },
  );
}

/** Bytes and takes per session, largest first. */
export async function recordingUsage(): Promise<SessionRecordingUsage[]> {
  const bySession = new Map<string, SessionRecordingUsage>();
  for (const info of await listRecordings()) {
    const usage = bySession.get(info.sessionId) ?? { sessionId: info.sessionId, count: 0, bytes: 0 };
    usage.count += 1;
    usage.bytes += info.size;
    bySession.set(info.sessionId, usage);
  }
  return [...bySession.values()].sort((a, b) => b.bytes - a.bytes || a.sessionId.localeCompare(b.sessionId));
}

/** Deletes one take and its audio. */
export async function deleteRecording(recordingId: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(["recordings", "chunks"], "readwrite");
  const info = await tx.objectStore("recordings").get(recordingId);
  await tx.objectStore("recordings").delete(recordingId);
  await tx.objectStore("chunks").delete(chunkRange(recordingId));
  await tx.done;
  announce(info?.sessionId ?? null);
}

/** Deletes every take of a session. */
export async function deleteSessionRecordings(sessionId: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(["recordings", "chunks"], "readwrite");
  const ids = await tx.objectStore("recordings").index("by-session").getAllKeys(sessionId);
  for (const id of ids) {
    await tx.objectStore("recordings").delete(id);
    await tx.objectStore("chunks").delete(chunkRange(id));
  }
  await tx.done;
  announce(sessionId);
}

/** Deletes every recording of every session. */
export async function deleteAllRecordings(): Promise<void> {
  const db = await database();
  const tx = db.transaction(["recordings", "chunks"], "readwrite");
  await tx.objectStore("recordings").clear();
  await tx.objectStore("chunks").clear();
  await tx.done;
  announce(null);
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeRecordingsDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Saves a whole take at once (from a backup); an existing take with the same id is left as it is. */
export async function putWholeRecording(
  info: Pick<RecordingInfo, "id" | "sessionId" | "questionId" | "mimeType" | "startedAt" | "durationMs">,
  audio: ArrayBuffer,
): Promise<boolean> {
  const db = await database();
  const tx = db.transaction(["recordings", "chunks"], "readwrite");
  const exists = (await tx.objectStore("recordings").getKey(info.id)) !== undefined;
  if (!exists) {
    await tx.objectStore("recordings").put({ ...info, size: audio.byteLength, chunkCount: 1, state: "complete" });
    await tx.objectStore("chunks").put({ recordingId: info.id, seq: 0, data: audio });
  }
  await tx.done;
  if (!exists) announce(info.sessionId);
  return !exists;
}
