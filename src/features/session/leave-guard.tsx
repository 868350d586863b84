import { useBlocker } from "@tanstack/react-router";
import { useSessionStore } from "../../store/session-store.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";

/** Leaving is blocked only while a session is open and the next place is not the session itself. */
function shouldBlock({ next }: { next: { pathname: string } }): boolean {
  return useSessionStore.getState().current !== null && next.pathname !== "/session";
}

/**
 * Asks before navigating away from an open session (links, back button). Nothing is lost either
 * way: the session stays open and resumable from setup. Finishing closes the session first, so
 * the way to its results is never blocked. Reloading and closing the tab are not asked about:
 * the session is saved and comes back paused.
 */
export function LeaveGuard() {
  // A module-level function: useBlocker re-subscribes whenever shouldBlockFn changes identity.
  const blocker = useBlocker({ shouldBlockFn: shouldBlock, withResolver: true, enableBeforeUnload: false });
  if (blocker.status !== "blocked") return null;
  return (
    <ConfirmDialog
      title="Leave the session?"
      message="It stays open and you can resume it from setup."
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={blocker.proceed}
      onCancel={blocker.reset}
    />
  );
}
