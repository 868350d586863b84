/**
 * The Web Speech API's recognition side, which TypeScript's DOM library does not describe: the
 * few members the transcript uses, as Chrome, Edge and Safari offer them (prefixed or not).
 */
export interface RecognitionAlternative {
  transcript: string;
}
export interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}
export interface RecognitionEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}
export interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  /** Chrome 139+: recognise on the device only. */
  processLocally?: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
export interface RecognitionConstructor {
  new (): Recognition;
  /** Chrome 139+: whether recognition of `langs` is possible, and on the device when `processLocally`. */
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<"available" | "downloadable" | "downloading" | "unavailable">;
}

/** The browser's speech recognition, or undefined where it offers none. */
export function recognitionConstructor(): RecognitionConstructor | undefined {
  if (typeof window === "undefined") return undefined;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** The language to recognise: the page's, else the browser's. */
export function recognitionLanguage(): string {
  return document.documentElement.lang || navigator.language || "en-US";
}

/**
 * Whether recognition can run on this device, so no audio leaves it. Only Chrome's newer
 * `available({ processLocally: true })` can say so; elsewhere the answer is no, and the panel says
 * that the browser's service may receive the audio.
 */
export async function recognitionOnDevice(constructor: RecognitionConstructor): Promise<boolean> {
  if (typeof constructor.available !== "function") return false;
  try {
    return (await constructor.available({ langs: [recognitionLanguage()], processLocally: true })) === "available";
  } catch {
    return false;
  }
}

/** A recognition error in words for the person; null for the ones that only mean "heard nothing". */
export function recognitionErrorText(error: string): string | null {
  switch (error) {
    case "no-speech":
    case "aborted":
      return null;
    case "not-allowed":
    case "service-not-allowed":
      return "Speech recognition was not allowed, so there is no transcript. The recording goes on.";
    case "network":
      return "Speech recognition needs its online service, which could not be reached. The recording goes on without a transcript.";
    case "language-not-supported":
      return "Speech recognition does not support this language here. The recording goes on without a transcript.";
    default:
      return `Speech recognition stopped (${error}). The recording goes on without a transcript.`;
  }
}
