import { useEffect, useState } from "react";
import { Link } from "@tanstack/react-router";
import { formatBytes, formatTakeDuration } from "../../lib/format-media.ts";
import {
  deleteAllRecordings,
  deleteSessionRecordings,
  listRecordings,
  subscribeToRecordings,
  type RecordingInfo,
} from "../../store/recordings-db.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { countLabel } from "../../ui/count-label.ts";
import "../../ui/recording-takes.css";

interface SessionRow {
  sessionId: string;
  firstAt: number;
  takes: number;
  bytes: number;
  durationMs: number;
}

function rowsOf(takes: readonly RecordingInfo[]): SessionRow[] {
  const bySession = new Map<string, SessionRow>();
  for (const take of takes) {
    const row = bySession.get(take.sessionId) ?? { sessionId: take.sessionId, firstAt: take.startedAt, takes: 0, bytes: 0, durationMs: 0 };
    row.firstAt = Math.min(row.firstAt, take.startedAt);
    row.takes += 1;
    row.bytes += take.size;
    row.durationMs += take.durationMs;
    bySession.set(take.sessionId, row);
  }
  return [...bySession.values()].sort((a, b) => b.firstAt - a.firstAt);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The space recorded answers take, per session, with a way to delete them. */
export function RecordingsStoragePanel() {
  const [state, setState] = useState<{ rows: SessionRow[]; failure: string | null; loaded: boolean }>({ rows: [], failure: null, loaded: false });
  const [confirmAll, setConfirmAll] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (typeof indexedDB === "undefined") return;
    let active = true;
    const load = () =>
      listRecordings().then(
        (takes) => active && setState({ rows: rowsOf(takes), failure: null, loaded: true }),
        (error: unknown) =>
          active && setState({ rows: [], failure: error instanceof Error ? error.message : String(error), loaded: true }),
      );
    void load();
    const unsubscribe = subscribeToRecordings(() => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const run = (work: Promise<void>, done: string) =>
    work.then(
      () => setMessage(done),
      (error: unknown) => setMessage(`Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`),
    );

  const total = state.rows.reduce((sum, row) => sum + row.bytes, 0);
  return (
    <div className="recordings-storage">
      <p>Spoken answers are stored only in this browser and never sent anywhere.</p>
      {state.failure !== null ? <p>Recordings could not be read: {state.failure}</p> : null}
      {state.loaded && state.rows.length === 0 && state.failure === null ? <p>No recordings saved.</p> : null}
      {state.rows.length > 0 ? (
        <>
          <p>
            {countLabel(state.rows.length, "session")} with recordings, {formatBytes(total)} in all.
          </p>
          <table className="recordings-storage__table">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Recordings</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => {
                const when = dateFormat.format(row.firstAt);
                return (
                  <tr key={row.sessionId}>
                    <td>
                      <Link to="/results/$sessionId" params={{ sessionId: row.sessionId }}>
                        {when}
                      </Link>
                    </td>
                    <td>
                      {countLabel(row.takes, "take")}, {formatTakeDuration(row.durationMs)}
                    </td>
                    <td>{formatBytes(row.bytes)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={`Delete recordings of the session of ${when}`}
                        onClick={() => void run(deleteSessionRecordings(row.sessionId), `Deleted the recordings of the session of ${when}.`)}
                      >
                        Delete recordings
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="actions">
            <button type="button" className="button button--danger" onClick={() => setConfirmAll(true)}>
              Delete all recordings
            </button>
          </p>
        </>
      ) : null}
      <div role="status">{message === null ? null : <p>{message}</p>}</div>
      {confirmAll ? (
        <ConfirmDialog
          title="Delete all recordings?"
          message="This deletes every recorded answer in this browser. Your sessions, notes and grades stay."
          confirmLabel="Delete recordings"
          cancelLabel="Keep them"
          onConfirm={() => {
            setConfirmAll(false);
            void run(deleteAllRecordings(), "All recordings were deleted.");
          }}
          onCancel={() => setConfirmAll(false)}
        />
      ) : null}
    </div>
  );
}
