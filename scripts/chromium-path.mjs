import { existsSync } from "node:fs";

/** Debian's Chromium, unless CHROME_PATH names another build. Playwright downloads no browser here. */
export function chromiumPath() {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

export function hasChromium() {
  return existsSync(chromiumPath());
}

/** Flags for a sandboxed root run on a machine with no outside network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
