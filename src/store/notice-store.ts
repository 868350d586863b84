import { create } from "zustand";

/** A message for the person about what the app did on its own (reset data, paused after an absence). */
export interface AppNotice {
  id: number;
  tone: "info" | "warning";
  text: string;
  /** About the running session ("paused, you were away…"): it goes when that session ends. */
  aboutSession?: boolean;
}

export interface NoticeState {
  notice: AppNotice | null;
  /** Set while saving to browser storage fails: the session keeps running in memory. */
  storageWarning: string | null;
  actions: {
    notify(text: string, tone?: AppNotice["tone"], options?: { aboutSession?: boolean }): void;
    dismiss(): void;
    /** The session ended: a notice about it is stale now, and goes. */
    sessionEnded(): void;
    /** Shows (a text) or clears (`null`) the storage warning. */
    warnStorage(text: string | null): void;
  };
}

let noticeCounter = 0;

/**
 * What the shell says about the app's own doings, on every screen. Its own small store, so the
 * shell shows notices without loading the session store.
 */
export const useNoticeStore = create<NoticeState>()((set, get) => ({
  notice: null,
  storageWarning: null,
  actions: {
    notify(text, tone = "info", options = {}) {
      noticeCounter += 1;
      set({ notice: { id: noticeCounter, text, tone, ...(options.aboutSession ? { aboutSession: true } : {}) } });
    },
    dismiss() {
      set({ notice: null });
    },
    sessionEnded() {
      if (get().notice?.aboutSession) set({ notice: null });
    },
    warnStorage(text) {
      if (get().storageWarning !== text) set({ storageWarning: text });
    },
  },
}));

export const selectNotice = (state: NoticeState): AppNotice | null => state.notice;
export const selectStorageWarning = (state: NoticeState): string | null => state.storageWarning;

/** Outside React: `notify(text)` from a store or a loader. */
export function notify(text: string, tone?: AppNotice["tone"], options?: { aboutSession?: boolean }): void {
  useNoticeStore.getState().actions.notify(text, tone, options);
}
