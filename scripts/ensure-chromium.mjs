// Makes sure a Chromium for the browser tests exists: installs Debian's package when missing and root,
// otherwise stops with a one-line instruction.
import { execSync } from "node:child_process";
import { chromiumPath, hasChromium } from "./chromium-path.mjs";

if (!hasChromium()) {
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium binary.`);
    process.exit(1);
  }
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    console.log("Chromium not found: installing Debian's chromium package…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } else {
    console.error("Chromium is missing: run `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary), then run the tests again.");
    process.exit(1);
  }
  if (!hasChromium()) {
    console.error(`Chromium still not found at ${chromiumPath()} after installing.`);
    process.exit(1);
  }
}
