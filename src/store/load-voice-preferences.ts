import { create, useStore } from "zustand";
import { lazyModule } from "../lib/lazy-module.ts";
import type * as VoicePreferencesStore from "./voice-preferences.ts";
import type { VoicePreferences, VoicePreferencesState } from "./voice-preferences.ts";

type VoicePreferencesModule = typeof VoicePreferencesStore;

/**
 * The voice options as the setup page reaches them, by the rule for lazy stores (see
 * load-session-store.ts): the store and zustand's persistence come with the session screen, and
 * the setup page's Voice option shows the defaults until they load: when it is pressed or focused,
 * or, where options were saved, before the setup route's first paint (so a ticked box is ticked
 * from the start).
 */
const useLoaded = create<{ module: VoicePreferencesModule | null }>()(() => ({ module: null }));

const store = lazyModule<VoicePreferencesModule>(
  () => import("./voice-preferences.ts"),
  (module) => useLoaded.setState({ module }),
);

/** Loads the voice options' store (the setup route's loader awaits it where options were saved). */
export function loadVoicePreferences(): Promise<VoicePreferencesModule> {
  return store.load();
}

const DEFAULTS: VoicePreferencesState = {
  readAloud: false,
  transcribe: false,
  noRecognitionNoted: false,
  actions: { choose: () => undefined },
};
/** Stands in for the store until it has loaded: the defaults, which are what a browser that saved none has. */
const notLoaded = create<VoicePreferencesState>()(() => DEFAULTS);

/** A voice option as saved, or its default until the store has loaded. */
export function useVoicePreferenceAfterLoad<K extends keyof VoicePreferences>(key: K): VoicePreferences[K] {
  const module = useLoaded((state) => state.module);
  return useStore(module?.useVoicePreferences ?? notLoaded, (state) => state[key]);
}

/** Changes voice options, loading the store first if it has not arrived yet. */
export async function chooseVoicePreferences(change: Partial<VoicePreferences>): Promise<void> {
  const module = await loadVoicePreferences();
  module.useVoicePreferences.getState().actions.choose(change);
}
