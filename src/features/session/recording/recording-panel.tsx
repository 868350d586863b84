import { useCallback, useEffect } from "react";
import { formatTakeDuration } from "../../../lib/format-media.ts";
import { useSessionStore } from "../../../store/session-store.ts";
import { useNow } from "../use-now.ts";
import { LevelMeter } from "./level-meter.tsx";
import { registerRecordToggle } from "./record-shortcut.ts";
import { TranscriptSection } from "./transcript-section.tsx";
import { useReadAloud } from "./use-read-aloud.ts";
import { useAnswerRecorder } from "./use-answer-recorder.ts";
import { useRecordings } from "../../../store/use-recordings.ts";
import "./recording.css";

export interface RecordingPanelProps {
  questionId: string;
  /** The question, to read aloud. */
  prompt: string;
}

/**
 * "Record" for the current question: the microphone's state, a level meter, how long this take
 * runs, and the takes already saved for the question (one cut short by a reload is named so).
 */
export function RecordingPanel({ questionId, prompt }: RecordingPanelProps) {
  const sessionId = useSessionStore((state) => state.currentId);
  const recorder = useAnswerRecorder(sessionId ?? "", questionId);
  const { takes } = useRecordings(sessionId, questionId);
  const { status } = recorder;
  const voice = useReadAloud(`${sessionId}:${questionId}`, prompt);
  const { toggle: toggleTake } = recorder;
  const { silence } = voice;
  // The question is not read into the answer: speech stops when recording starts.
  const toggle = useCallback(() => {
    silence();
    toggleTake();
  }, [silence, toggleTake]);
  const recording = status.kind === "recording";
  const now = useNow(recording, 500);

  useEffect(() => registerRecordToggle(toggle), [toggle]);

  if (!recorder.supported || sessionId === null) {
    return (
      <p className="meta recording recording--unsupported">
        This browser cannot record audio, so answers are kept as notes only.
      </p>
    );
  }

  const liveId = recording ? status.take.id : null;
  const cutShort = status.kind === "idle" || status.kind === "failed" ? takes.filter((t) => t.state === "recording") : [];
  const saved = takes.filter((t) => t.id !== liveId);
  const busy = status.kind === "starting" || status.kind === "stopping";
  const state =
    status.kind === "recording"
      ? `Recording ${formatTakeDuration(status.take.elapsedMs(now))}`
      : status.kind === "starting"
        ? "Asking for the microphone…"
        : status.kind === "stopping"
          ? "Saving…"
          : "Microphone off";

  return (
    <section className="recording" aria-label="Spoken answer">
      <div className="recording__controls">
        <button
          type="button"
          className={recording ? "button button--danger" : "button button--secondary"}
          onClick={toggle}
          disabled={busy}
          aria-keyshortcuts="R"
        >
          {recording ? "Stop recording" : "Record"}
        </button>
        <span className={recording ? "recording__state recording__state--live" : "recording__state"}>{state}</span>
        {/* Announced on changes only: the running time above would speak every second. */}
        <span className="visually-hidden" role="status">
          {recording ? "Recording started" : status.kind === "stopping" ? "Saving the recording" : ""}
        </span>
        {recording ? <LevelMeter read={status.take.level} /> : null}
        {voice.available && !recording ? (
          <button type="button" className="button button--secondary" onClick={voice.readAgain}>
            Read question aloud
          </button>
        ) : null}
      </div>
      {status.kind === "failed" ? (
        <p className="recording__error" role="alert">
          {status.message}
        </p>
      ) : null}
      <p className="meta">
        Speak your answer aloud (R). Audio stays in this browser
        {saved.length > 0 ? `; ${saved.length === 1 ? "1 take" : `${saved.length} takes`} saved for this question` : ""}.
      </p>
      <TranscriptSection questionId={questionId} recording={recording} />
      {cutShort.map((take) => (
        <p key={take.id} className="meta recording__cut">
          A take stopped when the page was closed or reloaded; {formatTakeDuration(take.durationMs)} of it was kept.
        </p>
      ))}
    </section>
  );
}
