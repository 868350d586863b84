// Renders the setup page of a finished build, as a first visit sees it, and prints its markup
// (JSON on stdout) for scripts/prerender-plugin.ts to put into dist/index.html.
//
// It runs the built app itself, not a second rendering path: the entry chunk is imported into a
// jsdom window at "/" with empty storage, the router and React render the setup screen as they do
// in a browser, and the markup of #root is read once it has settled. Run in its own process
// (`node scripts/prerender-setup.mjs dist`): the window's globals must not leak into the build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";

const SETTLE_MS = 300;
const TIMEOUT_MS = 20_000;

const distDir = path.resolve(process.argv[2] ?? "dist");
const html = readFileSync(path.join(distDir, "index.html"), "utf8");
const entry = /<script type="module"[^>]*\bsrc="\/([^"]+)"/.exec(html)?.[1];
if (!entry) fail("no module script in index.html");

// The page without its scripts: the entry is imported below, as a module of this process.
// jsdom's own notes ("not implemented: scrollTo") are not the app's errors: only those are reported.
const virtualConsole = new VirtualConsole();
const dom = new JSDOM(html.replace(/<script\b[^>]*>[^<]*<\/script>/g, ""), {
  url: "http://localhost/",
  pretendToBeVisual: true,
  virtualConsole,
});
const { window } = dom;

// What every browser the app supports has and jsdom lacks, as a first visit meets it: the light
// colour scheme, a speech synthesiser (the Voice options read "Spoken by this device").
window.matchMedia ??= (query) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false,
});
window.speechSynthesis ??= { speak() {}, cancel() {}, getVoices: () => [], addEventListener() {}, removeEventListener() {} };

// The window's properties become globals, as in a browser (Node's own are kept where both exist).
for (const key of Object.getOwnPropertyNames(window)) {
  if (key in globalThis) continue;
  try {
    Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
  } catch {
    // a property Node does not let us define: the app does not need it
  }
}
for (const key of ["window", "self", "document", "navigator", "location", "history", "localStorage", "sessionStorage"]) {
  Object.defineProperty(globalThis, key, { configurable: true, get: () => window[key] });
}
globalThis.addEventListener = window.addEventListener.bind(window);
globalThis.removeEventListener = window.removeEventListener.bind(window);
globalThis.dispatchEvent = window.dispatchEvent.bind(window);

const errors = [];
window.addEventListener("error", (event) => errors.push(event.error ?? event.message));
process.on("unhandledRejection", (reason) => errors.push(reason));

await import(pathToFileURL(path.join(distDir, entry)).href);

const root = window.document.getElementById("root");
const started = Date.now();
let last = "";
let stableSince = Date.now();
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (errors.length > 0) fail(`the app failed while rendering: ${String(errors[0]?.stack ?? errors[0])}`);
  const markup = root?.innerHTML ?? "";
  const ready = root?.querySelector("main h1") !== null && root?.querySelector("main form") !== null;
  if (markup !== last) {
    last = markup;
    stableSince = Date.now();
  } else if (ready && Date.now() - stableSince >= SETTLE_MS) {
    break;
  }
  if (Date.now() - started > TIMEOUT_MS) fail("the setup page did not settle within 20 s");
}

// React sets a select's choice as a property; the markup needs it as an attribute.
for (const option of root.querySelectorAll("option")) option.toggleAttribute("selected", option.selected);
process.stdout.write(JSON.stringify({ html: root.innerHTML }));
process.exit(0);

function fail(message) {
  process.stderr.write(`prerender-setup: ${message}\n`);
  process.exit(1);
}
