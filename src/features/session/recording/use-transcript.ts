import { useEffect, useEffectEvent, useState } from "react";
import { recognitionConstructor, recognitionErrorText, recognitionLanguage, type Recognition } from "./speech-recognition.ts";

export interface TranscriptOptions {
  /** Listen now (a take is recording and the person opted in). */
  listening: boolean;
  /** Recognise on the device only (see `recognitionOnDevice`). */
  onDevice: boolean;
  /** The question's transcript so far: new words are added after it. */
  saved: string;
  /** The full transcript each time a phrase is final. */
  onText: (text: string) => void;
}

export interface TranscriptState {
  /** Words heard but not final yet, shown live. */
  interim: string;
  failure: string | null;
}

function joined(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join(" ");
}

/**
 * Live speech recognition while a take records. Phrases become final a moment after they are
 * said; each final one is added to the question's transcript through `onText`. Recognition that
 * ends on its own during the take (Chrome stops after a silence) is started again.
 */
export function useTranscript({ listening, onDevice, saved, onText }: TranscriptOptions): TranscriptState {
  const [interim, setInterim] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const savedNow = useEffectEvent(() => saved);
  const save = useEffectEvent((text: string) => onText(text));
  const report = useEffectEvent((text: string | null) => setFailure(text));

  useEffect(() => {
    const Constructor = recognitionConstructor();
    if (!listening || Constructor === undefined) return;
    let stopped = false;
    let recognition: Recognition;
    try {
      recognition = new Constructor();
    } catch (error) {
      // A browser that lists recognition but cannot construct it: rare, and said once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      report(`Speech recognition could not start: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    recognition.lang = recognitionLanguage();
    recognition.continuous = true;
    recognition.interimResults = true;
    if (onDevice) recognition.processLocally = true;
    report(null);
    // Added to what the question held when listening began, so phrases that arrive faster than
    // the screen redraws are never lost.
    const base = savedNow();
    let heard = "";
    recognition.onresult = (event) => {
      let finalText = "";
      let pending = "";
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        const text = result?.[0]?.transcript ?? "";
        if (result?.isFinal) finalText += ` ${text}`;
        else pending += ` ${text}`;
      }
      if (finalText.trim() !== "") {
        heard = joined(heard, finalText);
        save(joined(base, heard));
      }
      setInterim(pending.trim());
    };
    recognition.onerror = (event) => {
      const text = recognitionErrorText(event.error);
      if (text !== null) {
        stopped = true;
        report(text);
      }
    };
    recognition.onend = () => {
      if (stopped) return;
      try {
        recognition.start();
      } catch {
        stopped = true;
      }
    };
    try {
      recognition.start();
    } catch (error) {
      report(`Speech recognition could not start: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    return () => {
      stopped = true;
      setInterim("");
      // stop() lets the last phrase come through as final; the question keeps it.
      try {
        recognition.stop();
      } catch {
        // already ended
      }
    };
  }, [listening, onDevice]);

  return { interim, failure };
}
