import { useEffect, useId, useState } from "react";
import { useSessionActions, useSessionStore } from "../../../store/session-store.ts";
import { useVoicePreferences } from "../../../store/voice-preferences.ts";
import { recognitionConstructor, recognitionOnDevice } from "./speech-recognition.ts";
import { useTranscript } from "./use-transcript.ts";

export interface TranscriptSectionProps {
  questionId: string;
  /** A take is recording now. */
  recording: boolean;
}

/**
 * The transcript of the spoken answer: an opt-in (the browser's recognition may send audio to its
 * maker's service, unless it can recognise on the device, which is then used and said), the words
 * heard live, and the question's saved transcript, which the key-point match reads with the notes.
 */
export function TranscriptSection({ questionId, recording }: TranscriptSectionProps) {
  const id = useId();
  const { send } = useSessionActions();
  const saved = useSessionStore((state) => state.current?.entries[questionId]?.transcript ?? "");
  const { transcribe, noRecognitionNoted, actions } = useVoicePreferences();
  const Constructor = recognitionConstructor();
  const [onDevice, setOnDevice] = useState(false);

  useEffect(() => {
    if (Constructor === undefined) return;
    let active = true;
    void recognitionOnDevice(Constructor).then((local) => active && setOnDevice(local));
    return () => {
      active = false;
    };
  }, [Constructor]);

  // Said once per browser: where recognition is missing, recording goes on without a transcript.
  const [sayMissing] = useState(() => Constructor === undefined && !noRecognitionNoted);
  useEffect(() => {
    if (sayMissing) actions.choose({ noRecognitionNoted: true });
  }, [sayMissing, actions]);

  const { interim, failure } = useTranscript({
    listening: recording && transcribe && Constructor !== undefined,
    onDevice,
    saved,
    onText: (text) => send({ type: "transcribed", at: Date.now(), text, questionId }),
  });

  if (Constructor === undefined) {
    return sayMissing ? (
      <p className="meta">This browser offers no speech recognition, so answers are recorded without a transcript.</p>
    ) : null;
  }
  const shown = [saved, interim].filter((t) => t !== "").join(" ");
  return (
    <div className="transcript">
      <input
        type="checkbox"
        id={`${id}-transcribe`}
        checked={transcribe}
        onChange={(event) => actions.choose({ transcribe: event.target.checked })}
        aria-describedby={`${id}-privacy`}
      />{" "}
      <label htmlFor={`${id}-transcribe`}>Transcribe while recording</label>
      <p className="meta" id={`${id}-privacy`}>
        {onDevice
          ? "Speech is recognised on this device: no audio leaves it."
          : "Your browser’s speech recognition may send the audio to its maker’s online service to turn it into text (Chrome sends it to Google). Recordings themselves stay in this browser."}
      </p>
      {failure !== null ? (
        <p className="recording__error" role="alert">
          {failure}
        </p>
      ) : null}
      {shown !== "" ? (
        <div className="transcript__text">
          <h3 className="transcript__heading">Transcript</h3>
          <p>
            {saved}
            {interim !== "" ? <span className="transcript__interim"> {interim}</span> : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
