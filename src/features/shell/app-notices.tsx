import { selectNotice, selectStorageWarning, useNoticeStore } from "../../store/notice-store.ts";

/**
 * What the app did on its own, said where every screen shows it: saved data that had to be reset,
 * a session paused after an absence, storage that cannot save. Polite, dismissible, never blocking.
 */
export function AppNotices() {
  const notice = useNoticeStore(selectNotice);
  const storageWarning = useNoticeStore(selectStorageWarning);
  const dismiss = useNoticeStore((state) => state.actions.dismiss);
  return (
    <div className="app-notices" role="status" aria-live="polite">
      {storageWarning ? <p className="notice notice--warning">{storageWarning}</p> : null}
      {notice ? (
        <div className={`notice notice--${notice.tone}`} key={notice.id}>
          <p>{notice.text}</p>
          <button type="button" className="notice__dismiss" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
