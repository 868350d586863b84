import { isRecord } from "../lib/is-record.ts";

/**
 * Recorded answers inside a backup file: only when the person asks for them ("include
 * recordings"), since audio makes the file many times larger. Each take is its metadata and its
 * audio as base64, under the backup's `recordings` key, which older versions of the app ignore.
 */
export interface BackupRecording {
  id: string;
  sessionId: string;
  questionId: string;
  mimeType: string;
  startedAt: number;
  durationMs: number;
  /** The audio, base64. */
  audio: string;
}

function isTake(value: unknown): value is BackupRecording {
  if (!isRecord(value)) return false;
  const { id, sessionId, questionId, mimeType, startedAt, durationMs, audio } = value;
  return (
    typeof id === "string" && id !== "" &&
    typeof sessionId === "string" && sessionId !== "" &&
    typeof questionId === "string" &&
    typeof mimeType === "string" && /^(audio|video)\/[\w.+-]+/.test(mimeType) &&
    typeof startedAt === "number" && Number.isFinite(startedAt) &&
    typeof durationMs === "number" && Number.isFinite(durationMs) && durationMs >= 0 &&
    typeof audio === "string" && audio !== ""
  );
}

/**
 * The takes in a parsed backup file, for the sessions it holds (a take of a session not in the
 * file has nowhere to show); damaged entries are counted and left out.
 */
export function readBackupRecordings(
  file: unknown,
  sessionIds: ReadonlySet<string>,
): { recordings: BackupRecording[]; damaged: number } {
  if (!isRecord(file) || !Array.isArray(file.recordings)) return { recordings: [], damaged: 0 };
  const recordings: BackupRecording[] = [];
  let damaged = 0;
  for (const entry of file.recordings as unknown[]) {
    if (isTake(entry) && sessionIds.has(entry.sessionId)) recordings.push(entry);
    else damaged += 1;
  }
  return { recordings, damaged };
}
