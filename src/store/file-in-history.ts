import type { Session } from "../interview/session-types.ts";
import { notify } from "./notice-store.ts";

/**
 * Files a finished session in the IndexedDB history (again after a regrade). Loaded on demand:
 * none of the history code may be in the setup page's first paint. A failure is a warning, the
 * results stay in the session store either way; only a confirmed filing calls `onFiled`, which
 * lets an older result leave localStorage.
 */
export function fileInHistory(session: Session, onFiled: (session: Session) => void): void {
  // Without IndexedDB (some private modes, jsdom) the history page says so when opened.
  if (typeof indexedDB === "undefined") return;
  void import("./load-history.ts")
    .then(({ fileInHistory: file }) => file(session, (text) => notify(text, "warning")))
    .then((filed) => {
      if (filed) onFiled(session);
    })
    .catch((error: unknown) =>
      notify(`Could not save this session to history: ${error instanceof Error ? error.message : String(error)}`, "warning"),
    );
}
