// Spoken-answer budgets for `npm run bench`: the recorder, transcript and key-point matcher (with its
// stemmer) load with the session screen, never with the setup page.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Report } from "./bench-stats.ts";

/** Strings only that code contains: the recorder's refusal message, the stemmer's suffix table. */
const MARKERS = [/Microphone access was refused/, /rehearse-recordings/, /ational:["'`]ate["'`]/];

export function reportRecordingCodeOffSetup(distDir: string, firstPaint: Set<string>, setupLoaded: Set<string>, report: Report) {
  const assets = path.join(distDir, "assets");
  const files = readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => `assets/${name}`)
    .filter((file) => MARKERS.some((marker) => marker.test(readFileSync(path.join(distDir, file), "utf8"))));
  const offending = files.filter((file) => firstPaint.has(file) || setupLoaded.has("/" + file));
  report(
    "recording, transcript and key-point matcher on the setup page",
    offending.length === 0 ? `none: in ${files.join(", ")} (the session screen's chunks)` : `loaded: ${offending.join(", ")}`,
    "not part of the setup page's JS",
    files.length > 0 && offending.length === 0,
  );
  const stemmerSource = readFileSync(createRequire(import.meta.url).resolve("stemmer"), "utf8");
  report(
    "stemmer library (Porter, gzip of its source, information)",
    `${(gzipSync(stemmerSource).length / 1024).toFixed(1)} KiB`,
    "loads with the session screen only",
    true,
  );
}
