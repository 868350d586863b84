import { useEffect } from "react";
import type { SessionActions } from "../../store/session-store.ts";

/** How often the screen tells the store the person is still here. */
export const HEARTBEAT_MS = 5_000;

/**
 * Keeps the absence rule fed while the session screen is shown: a heartbeat every few seconds
 * while the tab is visible, and one when it is hidden or the page goes away. When the tab comes
 * back (or the screen mounts, or a heartbeat finds a long gap after the laptop slept), the store
 * first checks the absence: gone more than a minute, the session pauses at the last heartbeat
 * and the root shows "Paused while you were away…". No heartbeat while hidden, or a throttled
 * background timer would make a long absence look like presence.
 */
export function usePresence(actions: Pick<SessionActions, "checkAbsence" | "heartbeat">): void {
  useEffect(() => {
    const present = () => {
      actions.checkAbsence();
      actions.heartbeat();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") actions.heartbeat();
      else present();
    };
    const onPageHide = () => actions.heartbeat();
    const beat = () => {
      if (document.visibilityState !== "hidden") present();
    };

    present();
    const id = setInterval(beat, HEARTBEAT_MS);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      clearInterval(id);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      actions.heartbeat();
    };
  }, [actions]);
}
