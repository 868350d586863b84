import { appendChunk, beginRecording, finishRecording } from "../../../store/recordings-db.ts";

/**
 * One take of a spoken answer: the microphone through MediaRecorder into IndexedDB, a chunk about
 * every second (so a reload keeps what was said), plus a level reading for the meter. No React:
 * the hook `useAnswerRecorder` drives it.
 */

/** Formats tried in order: Opus in WebM (Chrome, Firefox, Edge), then MP4/AAC (Safari). */
const PREFERRED_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];

/** How often the recorder hands over audio (ms): at most this much is lost to a crash. */
export const CHUNK_MS = 1000;

/** A failure to record, with a message that says what happened and what to do. */
export class RecordingError extends Error {
  constructor(
    message: string,
    readonly reason: "denied" | "no-microphone" | "unsupported" | "storage" | "other",
  ) {
    super(message);
    this.name = "RecordingError";
  }
}

/** True when this browser can record audio at all. */
export function canRecord(): boolean {
  return (
    typeof MediaRecorder !== "undefined" &&
    typeof navigator !== "undefined" &&
    typeof navigator.mediaDevices?.getUserMedia === "function"
  );
}

/** The first preferred format the browser can record, or undefined to let it choose. */
export function pickMimeType(isTypeSupported: (type: string) => boolean): string | undefined {
  return PREFERRED_TYPES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

function microphoneError(error: unknown): RecordingError {
  const name = error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException) ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") {
    return new RecordingError(
      "Microphone access was refused. Allow it for this site in the browser’s settings to record; the session goes on with notes.",
      "denied",
    );
  }
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") {
    return new RecordingError("No microphone was found. Connect one and press Record again, or keep going with notes.", "no-microphone");
  }
  if (name === "NotReadableError") {
    return new RecordingError("The microphone is in use by another app or could not be opened. Close that app and try again.", "other");
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new RecordingError(`Could not start recording: ${detail}. The session goes on with notes.`, "other");
}

function storageError(error: unknown): RecordingError {
  const detail = error instanceof Error ? error.message : String(error);
  return new RecordingError(
    `Could not save the recording in this browser (${detail}). Free some space or delete old recordings on the History page.`,
    "storage",
  );
}

/** A take in progress. */
export interface Take {
  readonly id: string;
  readonly mimeType: string;
  /** The microphone's stream, for a transcript that listens alongside. */
  readonly stream: MediaStream;
  /** Time recorded so far. */
  elapsedMs(now?: number): number;
  /** Loudness now, 0–1; null where the browser offers no audio analysis. */
  level(): number | null;
  /** Stops, saves the last chunk and marks the take complete. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartTakeOptions {
  sessionId: string;
  questionId: string;
  /** A saving failure after the start: the take has stopped (what was saved stays). */
  onFailure: (error: RecordingError) => void;
  now?: () => number;
}

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function levelMeter(stream: MediaStream): { read(): number | null; close(): void } {
  const AudioContextClass = typeof AudioContext === "undefined" ? undefined : AudioContext;
  if (AudioContextClass === undefined) return { read: () => null, close: () => undefined };
  try {
    const context = new AudioContextClass();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    return {
      read() {
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        for (const sample of samples) sum += sample * sample;
        // RMS of speech sits around 0.02–0.2: scale so normal speech fills most of the meter.
        return Math.min(1, Math.sqrt(sum / samples.length) * 4);
      },
      close() {
        void context.close().catch(() => undefined);
      },
    };
  } catch {
    return { read: () => null, close: () => undefined };
  }
}

/**
 * Asks for the microphone and starts recording a take of `questionId`.
 * @throws RecordingError when there is no way to record (refused, no microphone, no support, no storage).
 */
export async function startTake({ sessionId, questionId, onFailure, now = Date.now }: StartTakeOptions): Promise<Take> {
  if (!canRecord()) {
    throw new RecordingError("This browser cannot record audio. The session goes on with notes.", "unsupported");
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    throw microphoneError(error);
  }
  const releaseMicrophone = () => stream.getTracks().forEach((track) => track.stop());

  let recorder: MediaRecorder;
  try {
    const mimeType = pickMimeType((type) => MediaRecorder.isTypeSupported(type));
    recorder = new MediaRecorder(stream, mimeType === undefined ? undefined : { mimeType });
  } catch (error) {
    releaseMicrophone();
    throw new RecordingError(`This browser could not start a recorder: ${error instanceof Error ? error.message : String(error)}.`, "unsupported");
  }

  const id = newId();
  const startedAt = now();
  // Some browsers settle on the type only once recording starts; the record is written first.
  const mimeType = recorder.mimeType || "audio/webm";
  try {
    await beginRecording({ id, sessionId, questionId, mimeType, startedAt });
  } catch (error) {
    releaseMicrophone();
    throw storageError(error);
  }

  const meter = levelMeter(stream);
  const elapsedMs = (at = now()) => Math.max(0, at - startedAt);
  let writes: Promise<void> = Promise.resolve();
  let failed = false;
  let stopping: Promise<void> | null = null;

  recorder.ondataavailable = (event: BlobEvent) => {
    if (event.data.size === 0 || failed) return;
    const spoken = elapsedMs();
    // Chunks are written one after another, in the order they came.
    writes = writes
      .then(() => event.data.arrayBuffer())
      .then((data) => appendChunk(id, data, spoken))
      .catch((error: unknown) => {
        if (failed) return;
        failed = true;
        void take.stop();
        onFailure(storageError(error));
      });
  };

  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
  });
  // The microphone went away mid-take (unplugged, taken by another app): keep what was said.
  let lostReported = false;
  const lost = () => {
    if (failed || lostReported || stopping !== null) return;
    lostReported = true;
    void take.stop();
    onFailure(
      new RecordingError("The microphone stopped (disconnected or taken by another app). What was recorded up to then is kept.", "other"),
    );
  };
  recorder.onerror = lost;
  for (const track of stream.getTracks()) track.addEventListener?.("ended", lost);

  const take: Take = {
    id,
    mimeType,
    stream,
    elapsedMs,
    level: () => meter.read(),
    stop() {
      stopping ??= (async () => {
        const spoken = elapsedMs();
        if (recorder.state !== "inactive") {
          recorder.stop();
          await stopped;
        }
        meter.close();
        releaseMicrophone();
        await writes;
        await finishRecording(id, spoken).catch(() => undefined);
      })();
      return stopping;
    },
  };

  recorder.start(CHUNK_MS);
  return take;
}
