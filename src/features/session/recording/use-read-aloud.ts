import { useCallback, useEffect } from "react";
import { useVoicePreferences } from "../../../store/voice-preferences.ts";

/** Questions read aloud to the end, by session: coming back after a pause does not read them again. */
const spoken = new Set<string>();

function canSpeak(): boolean {
  return typeof speechSynthesis !== "undefined" && typeof SpeechSynthesisUtterance !== "undefined";
}

function speak(text: string, onEnd?: () => void): void {
  if (!canSpeak()) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || navigator.language || "en-US";
  if (onEnd) utterance.onend = onEnd;
  speechSynthesis.speak(utterance);
}

/**
 * Reads the question aloud when it first shows, if the person chose so in setup, and offers to
 * read it again. Speech stops when the question goes (and when recording starts: see the panel).
 */
export function useReadAloud(key: string, text: string): { available: boolean; readAgain: () => void; silence: () => void } {
  const readAloud = useVoicePreferences((state) => state.readAloud);
  useEffect(() => {
    if (!readAloud || !canSpeak() || spoken.has(key)) return;
    let finished = false;
    speak(text, () => {
      finished = true;
      spoken.add(key);
    });
    return () => {
      // Cut off before the end (the question went): it will be read again when it comes back.
      if (!finished && canSpeak()) speechSynthesis.cancel();
    };
  }, [key, text, readAloud]);
  const readAgain = useCallback(() => speak(text), [text]);
  const silence = useCallback(() => {
    if (canSpeak()) speechSynthesis.cancel();
  }, []);
  return { available: canSpeak(), readAgain, silence };
}
