/**
 * The R key reaches the recording control of the question on screen: the control registers its
 * toggle here while it is mounted, and the session's shortcut handler calls `toggleRecording`.
 * One slot, since one question (so one control) is on screen at a time.
 */
let registered: (() => void) | null = null;

/** Registers the control's toggle; returns the unregister function. */
export function registerRecordToggle(toggle: () => void): () => void {
  registered = toggle;
  return () => {
    if (registered === toggle) registered = null;
  };
}

/** Starts or stops recording the current question; nothing when no control is on screen. */
export function toggleRecording(): void {
  registered?.();
}
