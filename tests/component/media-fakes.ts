import { vi } from "vitest";

/**
 * Small stand-ins for the browser's recording APIs in jsdom: a MediaRecorder that hands over a
 * chunk of bytes every `timeslice` ms (on the fake clock) and a final one when stopped, and a
 * getUserMedia that grants a stream or fails with the DOMException a browser would throw.
 */
export class FakeMediaRecorder extends EventTarget {
  static instances: FakeMediaRecorder[] = [];
  static isTypeSupported = (type: string) => type === "audio/webm;codecs=opus";
  state: RecordingState = "inactive";
  readonly mimeType: string;
  ondataavailable: ((event: BlobEvent) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private seq = 0;

  constructor(
    readonly stream: MediaStream,
    options?: MediaRecorderOptions,
  ) {
    super();
    this.mimeType = options?.mimeType ?? "audio/webm";
    FakeMediaRecorder.instances.push(this);
  }

  private emit() {
    this.seq += 1;
    const data = new Blob([new Uint8Array([this.seq, this.seq, this.seq])], { type: this.mimeType });
    this.ondataavailable?.({ data } as BlobEvent);
  }

  start(timeslice?: number) {
    this.state = "recording";
    this.timer = setInterval(() => this.emit(), timeslice ?? 1000);
  }

  stop() {
    if (this.state === "inactive") return;
    clearInterval(this.timer);
    this.state = "inactive";
    this.emit();
    queueMicrotask(() => this.onstop?.());
  }
}

export interface FakeMicrophone {
  tracks: { stop: ReturnType<typeof vi.fn> }[];
}

/** Installs the fakes; `failWith` makes getUserMedia reject with a DOMException of that name. */
export function installMediaFakes(options: { failWith?: string } = {}): FakeMicrophone {
  FakeMediaRecorder.instances = [];
  const microphone: FakeMicrophone = { tracks: [] };
  vi.stubGlobal("MediaRecorder", FakeMediaRecorder);
  Object.defineProperty(navigator, "mediaDevices", {
    configurable: true,
    value: {
      getUserMedia: vi.fn(async () => {
        if (options.failWith) throw new DOMException("refused", options.failWith);
        const track = { stop: vi.fn() };
        microphone.tracks.push(track);
        return { getTracks: () => [track] } as unknown as MediaStream;
      }),
    },
  });
  return microphone;
}

export function removeMediaFakes() {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "mediaDevices");
}

/** A stand-in for SpeechRecognition: the test says what it "hears" with `hear`. */
export class FakeRecognition {
  static instances: FakeRecognition[] = [];
  static availability: "available" | "unavailable" | null = null;
  static available = vi.fn(async () => FakeRecognition.availability ?? "unavailable");
  lang = "";
  continuous = false;
  interimResults = false;
  processLocally?: boolean;
  onresult: ((event: unknown) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  running = false;
  start = vi.fn(() => {
    this.running = true;
  });
  stop = vi.fn(() => {
    this.running = false;
  });
  abort = vi.fn();

  constructor() {
    FakeRecognition.instances.push(this);
  }

  hear(text: string, isFinal: boolean) {
    const result = Object.assign([{ transcript: text }], { isFinal });
    this.onresult?.({ resultIndex: 0, results: [result] });
  }
}

export function installRecognitionFake(options: { onDevice?: boolean } = {}) {
  FakeRecognition.instances = [];
  FakeRecognition.availability = options.onDevice ? "available" : null;
  // Without `onDevice`, a browser from before `available()`: a constructor without it.
  function OlderRecognition() {
    return new FakeRecognition();
  }
  vi.stubGlobal("webkitSpeechRecognition", options.onDevice === undefined ? OlderRecognition : FakeRecognition);
}
