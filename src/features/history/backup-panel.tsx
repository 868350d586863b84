import { useId, useRef, useState } from "react";
import { Link } from "@tanstack/react-router";
import {
  buildBackup,
  parseBackup,
  planImport,
  type Backup,
  type ImportPlan,
} from "../../interview/backup.ts";
import { historyDb } from "../../store/history-db.ts";
import { loadFullHistory } from "../../store/load-history.ts";
import { loadSessionStore } from "../../store/load-session-store.ts";
import { parseSession } from "../../store/migrations.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { countLabel } from "../../ui/count-label.ts";
import { deleteAllRecordings } from "../../store/recordings-db.ts";
import { downloadText } from "../../ui/download-text.ts";
import { backupText, importBackupRecordings } from "./recordings-backup.ts";

interface BackupPanelProps {
  /** Called after the data changed here (the page reloads its history). */
  onChanged: () => void;
}

type Pending = { backup: Backup; plan: ImportPlan; damaged: number; fileName: string; text: string };

/** What an import will do, in one sentence: "Adds 3 sessions, 2 already here." */
export function describePlan(plan: ImportPlan, damaged: number): string {
  const parts = [`Adds ${countLabel(plan.newSessions.length, "session")}`];
  if (plan.duplicateSessionIds.length > 0) parts.push(`${plan.duplicateSessionIds.length} already here`);
  const reviews = plan.reviewsAdded + plan.reviewsUpdated;
  if (reviews > 0) parts.push(`updates the review schedule of ${countLabel(reviews, "question")}`);
  let text = `${parts.join(", ")}.`;
  if (plan.nothingToAdd) text = "Everything in this backup is already here: importing it changes nothing.";
  if (damaged > 0) text += ` ${countLabel(damaged, "damaged record")} in the file will be left out.`;
  return text;
}

function backupFileName(at: number): string {
  return `rehearse-backup-${new Date(at).toISOString().slice(0, 10)}.json`;
}

/** Export all data, import a backup (after showing what it adds), delete all data (after asking). */
export function BackupPanel({ onChanged }: BackupPanelProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ tone: "info" | "warning"; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [includeRecordings, setIncludeRecordings] = useState(false);

  // The page shows summaries; a backup is made of the full records, read when asked for.
  const exportAll = async () => {
    setBusy(true);
    const history = await loadFullHistory();
    setBusy(false);
    if (history.failure !== null) {
      setStatus({ tone: "warning", text: `Nothing was exported. ${history.failure}` });
      return;
    }
    const now = Date.now();
    const file = await backupText(buildBackup(history.sessions, history.reviews, now), includeRecordings).catch(() => null);
    if (file === null) {
      setStatus({ tone: "warning", text: "Nothing was exported: the recordings could not be read. Export without them, or try again." });
      return;
    }
    downloadText(backupFileName(now), file.text, "application/json");
    setStatus({
      tone: "info",
      text: `Exported ${countLabel(history.sessions.length, "session")}${includeRecordings ? `, ${countLabel(file.takes, "recording")}` : ""} and the review schedule. Imported decks are not in this file: export each one from Decks.`,
    });
  };

  const readFile = async (file: File) => {
    setPending(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: "warning", text: `“${file.name}” could not be read, so nothing was imported.` });
      return;
    }
    const parsed = parseBackup(text, parseSession);
    if (!parsed.ok) {
      setStatus({ tone: "warning", text: `Nothing was imported from “${file.name}”. ${parsed.error}` });
      return;
    }
    const history = await loadFullHistory();
    if (history.failure !== null) {
      setStatus({ tone: "warning", text: `Nothing was imported. ${history.failure}` });
      return;
    }
    const { backup, damaged } = parsed.value;
    const plan = planImport(history, backup);
    setStatus(null);
    setPending({
      backup,
      plan,
      damaged: damaged.sessions + damaged.reviews,
      fileName: file.name,
      text,
    });
  };

  const confirmImport = async () => {
    if (pending === null) return;
    setBusy(true);
    const result = await historyDb().importBackup(pending.backup);
    setBusy(false);
    setPending(null);
    if (fileInput.current) fileInput.current.value = "";
    if (!result.ok) {
      setStatus({ tone: "warning", text: `Nothing was imported. ${result.error}` });
      return;
    }
    const takes = await importBackupRecordings(pending.text, new Set(pending.backup.sessions.map((s) => s.id))).catch(() => 0);
    setStatus({
      tone: "info",
      text: `Imported ${countLabel(result.value.added, "session")}${result.value.duplicates > 0 ? ` (${result.value.duplicates} already here)` : ""}${takes > 0 ? ` and ${countLabel(takes, "recording")}` : ""}.`,
    });
    onChanged();
  };

  const cancelImport = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = "";
    setStatus({ tone: "info", text: "Import cancelled: nothing changed." });
  };

  const deleteAll = async () => {
    setConfirmDelete(false);
    setBusy(true);
    // The store first: a history reload in between would file its results again. Other tabs
    // drop their copies too (the store leaves the time of the deletion for them).
    const { useSessionStore } = await loadSessionStore();
    useSessionStore.getState().actions.clearResults();
    const result = await historyDb().clearHistory();
    await deleteAllRecordings().catch(() => undefined);
    setBusy(false);
    setStatus(
      result.ok
        ? { tone: "info", text: "All history, results, recordings and review progress in this browser were deleted. Your decks were kept." }
        : { tone: "warning", text: `History could not be deleted. ${result.error}` },
    );
    onChanged();
  };

  return (
    <div className="backup-panel">
      <p>
        Your history and review progress live only in this browser. “Export all data” saves them in one file, to keep a
        copy or to move them to another browser.
      </p>
      <p id={`${id}-decks`}>
        Decks you imported are not in that file: export each one from <Link to="/decks">Decks</Link> with “Export
        Markdown”. “Delete all data” deletes your history and review progress, not your decks.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-decks`}
          onClick={() => void exportAll()}
          disabled={busy}
        >
          Export all data
        </button>
        <label className="backup-panel__option">
          <input type="checkbox" checked={includeRecordings} onChange={(event) => setIncludeRecordings(event.target.checked)} />{" "}
          include recordings
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <label htmlFor={`${id}-file`} className="button button--secondary backup-panel__import">
          Import backup
        </label>
        <button
          type="button"
          className="button button--danger"
          aria-describedby={`${id}-decks`}
          onClick={() => setConfirmDelete(true)}
          disabled={busy}
        >
          Delete all data
        </button>
      </div>
      {pending === null ? null : (
        <div className="backup-panel__plan" role="group" aria-labelledby={`${id}-plan`}>
          <p id={`${id}-plan`}>
            <strong>{pending.fileName}</strong>: {describePlan(pending.plan, pending.damaged)}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void confirmImport()} disabled={busy}>
              Confirm import
            </button>
            <button type="button" className="button button--secondary" onClick={cancelImport} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="status" className="backup-panel__status">
        {status === null ? null : <p className={`backup-panel__message backup-panel__message--${status.tone}`}>{status.text}</p>}
      </div>
      {confirmDelete ? (
        <ConfirmDialog
          title="Delete all data?"
          message="This deletes every finished session, its results and recordings, and the review schedule stored in this browser. Your imported decks stay (delete those from Decks). Export a backup first if you may want your history back."
          confirmLabel="Delete everything"
          cancelLabel="Keep my data"
          onConfirm={() => void deleteAll()}
          onCancel={() => setConfirmDelete(false)}
        />
      ) : null}
    </div>
  );
}
