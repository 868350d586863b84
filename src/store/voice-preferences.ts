import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { isRecord } from "../lib/is-record.ts";
import { VOICE_PREFERENCES_KEY } from "./storage-keys.ts";

/**
 * How this device speaks and listens: read each question aloud, transcribe spoken answers. Kept
 * per browser rather than in the setup link, since they depend on the device (speakers, a
 * microphone, what speech recognition it offers), not on the questions.
 */
export interface VoicePreferences {
  /** Read each question aloud when it shows (speechSynthesis). */
  readAloud: boolean;
  /** Transcribe while recording, where the browser offers speech recognition. Opt-in: see the panel's note. */
  transcribe: boolean;
  /** The "no speech recognition in this browser" note was shown once already. */
  noRecognitionNoted: boolean;
}

export interface VoicePreferencesState extends VoicePreferences {
  actions: {
    choose(change: Partial<VoicePreferences>): void;
  };
}

export { VOICE_PREFERENCES_KEY } from "./storage-keys.ts";
export const VOICE_PREFERENCES_VERSION = 1;

const DEFAULTS: VoicePreferences = { readAloud: false, transcribe: false, noRecognitionNoted: false };

/** Saved preferences, field by field: anything unreadable falls back to its default. */
export function restoreVoicePreferences(saved: unknown): VoicePreferences {
  if (!isRecord(saved)) return { ...DEFAULTS };
  const flag = (key: keyof VoicePreferences) => (typeof saved[key] === "boolean" ? (saved[key] as boolean) : DEFAULTS[key]);
  return { readAloud: flag("readAloud"), transcribe: flag("transcribe"), noRecognitionNoted: flag("noRecognitionNoted") };
}

/** localStorage that never throws (private modes, a full quota). */
const quietStorage = {
  getItem(name: string): string | null {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem(name: string, value: string): void {
    try {
      localStorage.setItem(name, value);
    } catch {
      // kept in memory for this visit
    }
  },
  removeItem(name: string): void {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing to remove
    }
  },
};

export const useVoicePreferences = create<VoicePreferencesState>()(
  persist<VoicePreferencesState, [], [], VoicePreferences>(
    (set, get) => ({
      ...DEFAULTS,
      actions: {
        choose: (change: Partial<VoicePreferences>) => set(restoreVoicePreferences({ ...pick(get()), ...change })),
      },
    }),
    {
      name: VOICE_PREFERENCES_KEY,
      version: VOICE_PREFERENCES_VERSION,
      // Preferences are a convenience: where storage is blocked or full they last for this visit.
      storage: createJSONStorage(() => quietStorage),
      partialize: pick,
      migrate: (saved: unknown) => restoreVoicePreferences(saved),
      merge: (saved: unknown, current: VoicePreferencesState) => ({ ...current, ...restoreVoicePreferences(saved) }),
    },
  ),
);

function pick(state: VoicePreferences): VoicePreferences {
  return { readAloud: state.readAloud, transcribe: state.transcribe, noRecognitionNoted: state.noRecognitionNoted };
}
