import { useEffect, useState } from "react";
import { listRecordings, subscribeToRecordings, type RecordingInfo } from "./recordings-db.ts";

/** The saved takes of one question (or of a whole session with no `questionId`), kept up to date. */
export function useRecordings(sessionId: string | null, questionId?: string): { takes: RecordingInfo[]; failure: string | null } {
  const [state, setState] = useState<{ takes: RecordingInfo[]; failure: string | null }>({ takes: [], failure: null });
  useEffect(() => {
    if (sessionId === null || typeof indexedDB === "undefined") return;
    let active = true;
    const load = () =>
      listRecordings(sessionId).then(
        (all) => {
          if (active) setState({ takes: questionId === undefined ? all : all.filter((t) => t.questionId === questionId), failure: null });
        },
        (error: unknown) => {
          if (active) setState({ takes: [], failure: error instanceof Error ? error.message : String(error) });
        },
      );
    void load();
    const unsubscribe = subscribeToRecordings((change) => {
      if (change.sessionId === null || change.sessionId === sessionId) void load();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [sessionId, questionId]);
  return state;
}
