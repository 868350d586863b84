import {
  chooseVoicePreferences,
  loadVoicePreferences,
  useVoicePreferenceAfterLoad,
} from "../../store/load-voice-preferences.ts";

/** A press or focus on the option is when its store is surely needed: fetch it then, if not yet here. */
function prefetchPreferences() {
  void loadVoicePreferences().catch(() => undefined);
}

/**
 * Voice options of this browser: read each question aloud, so a session can run eyes-free like a
 * call. A preference of the device, not part of the link; in the first paint, so that the Start
 * button below it does not move down a moment later.
 */
export function VoiceFieldset() {
  const readAloud = useVoicePreferenceAfterLoad("readAloud");
  const canSpeak = typeof speechSynthesis !== "undefined";
  return (
    <fieldset className="setup-fieldset">
      <legend>Voice</legend>
      <ul className="choice-list">
        <li>
          <input
            type="checkbox"
            id="voice-read-aloud"
            checked={canSpeak && readAloud}
            disabled={!canSpeak}
            onPointerDown={prefetchPreferences}
            onFocus={prefetchPreferences}
            onChange={(event) => void chooseVoicePreferences({ readAloud: event.target.checked }).catch(() => undefined)}
            aria-describedby="voice-read-aloud-hint"
          />
          <label htmlFor="voice-read-aloud">Read each question aloud</label>
          <span id="voice-read-aloud-hint" className="choice-list__hint">
            {canSpeak
              ? "Spoken by this device. Answer aloud with Record (R) on the session screen: audio stays in this browser."
              : "This browser cannot speak. You can still answer aloud with Record (R) on the session screen."}
          </span>
        </li>
      </ul>
    </fieldset>
  );
}
