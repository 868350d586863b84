import { useCallback, useEffect, useRef, useState } from "react";
import { canRecord, RecordingError, startTake, type Take } from "./record-take.ts";

/** Where the microphone is for this question. */
export type RecorderStatus =
  | { kind: "idle" }
  | { kind: "starting" }
  | { kind: "recording"; take: Take }
  | { kind: "stopping" }
  | { kind: "failed"; message: string };

export interface AnswerRecorder {
  status: RecorderStatus;
  /** False when the browser cannot record at all (the control says so instead of offering Record). */
  supported: boolean;
  start: () => void;
  stop: () => void;
  toggle: () => void;
}

/**
 * Recording of one question's answer. A take stops when the control unmounts: the question
 * changes, the session pauses or finishes, so audio is only recorded while the question's clock
 * runs. A take that is still being started when that happens is stopped as soon as it starts.
 */
export function useAnswerRecorder(sessionId: string, questionId: string): AnswerRecorder {
  const [status, setStatus] = useState<RecorderStatus>({ kind: "idle" });
  const live = useRef<{ take: Take | null; starting: boolean; mounted: boolean }>({ take: null, starting: false, mounted: true });

  const start = useCallback(() => {
    const state = live.current;
    if (state.take !== null || state.starting) return;
    state.starting = true;
    setStatus({ kind: "starting" });
    startTake({
      sessionId,
      questionId,
      onFailure: (error) => {
        live.current.take = null;
        if (live.current.mounted) setStatus({ kind: "failed", message: error.message });
      },
    }).then(
      (take) => {
        state.starting = false;
        if (!state.mounted) {
          void take.stop();
          return;
        }
        state.take = take;
        setStatus({ kind: "recording", take });
      },
      (error: unknown) => {
        state.starting = false;
        const message = error instanceof RecordingError ? error.message : `Could not start recording: ${String(error)}`;
        if (state.mounted) setStatus({ kind: "failed", message });
      },
    );
  }, [sessionId, questionId]);

  const stop = useCallback(() => {
    const state = live.current;
    const take = state.take;
    if (take === null) return;
    state.take = null;
    setStatus({ kind: "stopping" });
    void take.stop().finally(() => {
      if (state.mounted) setStatus({ kind: "idle" });
    });
  }, []);

  const toggle = useCallback(() => {
    if (live.current.take !== null) stop();
    else start();
  }, [start, stop]);

  useEffect(() => {
    const state = live.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
      void state.take?.stop();
      state.take = null;
    };
  }, []);

  return { status, supported: canRecord(), start, stop, toggle };
}
