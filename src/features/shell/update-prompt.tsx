import { useState } from "react";
import { useUpdateState } from "../../store/update-store.ts";

/**
 * "Update available — reload": a new version waits instead of replacing the code under a running
 * session. The status region is always in the page so that screen readers announce the message
 * when it appears; Reload lets the waiting version take over and reloads the page.
 */
export function UpdatePrompt() {
  const { available, apply } = useUpdateState();
  const [reloading, setReloading] = useState(false);

  function reload() {
    if (!apply) return;
    setReloading(true);
    // On success the page reloads; if the new version cannot take over, let the person try again.
    apply().catch(() => setReloading(false));
  }

  return (
    <div className="app-notices" role="status" aria-live="polite">
      {available ? (
        <div className="notice notice--info">
          <p>Update available — reload to use the new version.</p>
          <button type="button" className="notice__dismiss" onClick={reload} disabled={reloading}>
            {reloading ? "Reloading…" : "Reload"}
          </button>
        </div>
      ) : null}
    </div>
  );
}
