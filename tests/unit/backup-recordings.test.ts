import { describe, expect, it } from "vitest";
import { readBackupRecordings } from "../../src/interview/backup-recordings.ts";
import { base64ToBytes, bytesToBase64 } from "../../src/lib/base64.ts";
import { formatBytes, formatTakeDuration } from "../../src/lib/format-media.ts";

const take = { id: "t", sessionId: "s", questionId: "q", mimeType: "audio/webm;codecs=opus", startedAt: 1, durationMs: 2000, audio: "AQID" };

describe("recordings in a backup file", () => {
  it("reads takes of the file's sessions and counts the damaged ones", () => {
    const file = {
      recordings: [
        take,
        { ...take, id: "other-session", sessionId: "elsewhere" },
        { ...take, id: "" },
        { ...take, mimeType: "text/html" },
        { ...take, durationMs: -1 },
        { ...take, audio: 42 },
        null,
        "take",
      ],
    };
    expect(readBackupRecordings(file, new Set(["s"]))).toEqual({ recordings: [take], damaged: 7 });
  });

  it("reads nothing from a file without recordings or a hostile one", () => {
    expect(readBackupRecordings({ sessions: [] }, new Set(["s"]))).toEqual({ recordings: [], damaged: 0 });
    expect(readBackupRecordings({ recordings: "all" }, new Set(["s"]))).toEqual({ recordings: [], damaged: 0 });
    expect(readBackupRecordings(null, new Set(["s"]))).toEqual({ recordings: [], damaged: 0 });
  });

  it("round-trips audio bytes through base64, large ones too", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([1, 2, 3]))).toBe("AQID");
    expect(base64ToBytes("not base64!")).toBeNull();
  });
});

describe("media formats", () => {
  it("shows a take's length as a clock", () => {
    expect(formatTakeDuration(7_900)).toBe("0:07");
    expect(formatTakeDuration(125_000)).toBe("2:05");
    expect(formatTakeDuration(3_723_000)).toBe("1:02:03");
    expect(formatTakeDuration(Number.NaN)).toBe("0:00");
  });

  it("shows sizes in decimal units", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(812)).toBe("812 B");
    expect(formatBytes(14_200)).toBe("14 KB");
    expect(formatBytes(3_400_000)).toBe("3.4 MB");
  });
});
