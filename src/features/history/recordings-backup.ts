import { serializeBackup, type Backup } from "../../interview/backup.ts";
import { readBackupRecordings, type BackupRecording } from "../../interview/backup-recordings.ts";
import { base64ToBytes, bytesToBase64 } from "../../lib/base64.ts";
import { listRecordings, putWholeRecording, readRecordingAudio } from "../../store/recordings-db.ts";

/** Every take of these sessions, audio included, for a backup file. */
export async function recordingsForBackup(sessionIds: ReadonlySet<string>): Promise<BackupRecording[]> {
  const out: BackupRecording[] = [];
  for (const info of await listRecordings()) {
    if (!sessionIds.has(info.sessionId)) continue;
    const audio = await readRecordingAudio(info.id);
    if (audio === null) continue;
    const { id, sessionId, questionId, mimeType, startedAt, durationMs } = info;
    out.push({ id, sessionId, questionId, mimeType, startedAt, durationMs, audio: bytesToBase64(new Uint8Array(await audio.arrayBuffer())) });
  }
  return out;
}

/** Restores the takes a backup file holds for these sessions; how many were added. */
export async function importBackupRecordings(text: string, sessionIds: ReadonlySet<string>): Promise<number> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return 0;
  }
  let added = 0;
  for (const take of readBackupRecordings(file, sessionIds).recordings) {
    const bytes = base64ToBytes(take.audio);
    if (bytes === null) continue;
    const { audio: _audio, ...info } = take;
    if (await putWholeRecording(info, bytes.buffer as ArrayBuffer)) added += 1;
  }
  return added;
}

/** The backup file's text, with the recorded answers of its sessions when `include` is set. */
export async function backupText(backup: Backup, include: boolean): Promise<{ text: string; takes: number }> {
  if (!include) return { text: serializeBackup(backup), takes: 0 };
  const recordings = await recordingsForBackup(new Set(backup.sessions.map((s) => s.id)));
  return { text: `${JSON.stringify({ ...backup, recordings }, null, 1)}\n`, takes: recordings.length };
}
