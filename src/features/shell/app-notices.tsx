import type * as SessionStore from "../../store/session-store.ts";

export interface AppNoticesProps {
  /** The loaded session store module (the shell renders the notices once it is here). */
  store: typeof SessionStore;
}

/**
 * What the app did on its own, said where every screen shows it: saved data that had to be reset,
 * a session paused after an absence, storage that cannot save. Polite, dismissible, never blocking.
 */
export function AppNotices({ store }: AppNoticesProps) {
  const notice = store.useSessionStore(store.selectNotice);
  const storageWarning = store.useSessionStore(store.selectStorageWarning);
  const { dismissNotice } = store.useSessionActions();
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
