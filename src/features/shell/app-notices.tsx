import { selectNotice, selectStorageWarning, useSessionActions, useSessionStore } from "../../store/session-store.ts";

/**
 * What the app did on its own, said where every screen shows it: saved data that had to be reset,
 * a session paused after an absence, storage that cannot save. Polite, dismissible, never blocking.
 */
export function AppNotices() {
  const notice = useSessionStore(selectNotice);
  const storageWarning = useSessionStore(selectStorageWarning);
  const { dismissNotice } = useSessionActions();
  return (
    <div className="app-notices" role="status" aria-live="polite">
      {storageWarning ? <p className="notice notice--warning">{storageWarning}</p> : null}
      {notice ? (
        <div className={`notice notice--${notice.tone}`} key={notice.id}>
          <p>{notice.text}</p>
          <button type="button" className="notice__dismiss" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
