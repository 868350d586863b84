import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minifySync, type Plugin, type ResolvedConfig } from "vite";

const SCRIPT = fileURLToPath(new URL("./prerender-setup.mjs", import.meta.url));
const ROOT_ELEMENT = '<div id="root"></div>';

const BOOT_SCRIPT = '<script src="/boot.js"></script>';

/**
 * Moves the start of the app into public/boot.js: the entry script and its module preloads leave
 * the HTML and are named on boot.js's tag, which adds them once the prerendered page has painted
 * (at once where it is hidden).
 */
export function startFromBoot(html: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry || !html.includes(BOOT_SCRIPT)) throw new Error("prerender: index.html lacks the entry script or boot.js");
  const preloads: string[] = [];
  const rest = html
    .replace(entry[0], "")
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href);
      return "";
    });
  return rest.replace(BOOT_SCRIPT, `<script src="/boot.js" data-entry="${entry[1]}" data-preload="${preloads.join(" ")}"></script>`);
}

/**
 * boot.js is copied from public/ as written, comments and all, and it is the one script before the
 * first paint: the built copy is minified in place (1.2 → 0.5 KiB gzip).
 */
function minifyBootScript(file: string): void {
  const result = minifySync("boot.js", readFileSync(file, "utf8"));
  if (result.errors.length > 0) throw new Error(`prerender: boot.js does not minify: ${result.errors[0]?.message}`);
  writeFileSync(file, result.code);
}

/**
 * Puts the setup page, as a first visit sees it, into the built `index.html`, so a phone paints
 * the page from the HTML and the CSS, before a byte of JavaScript has run. The markup comes from
 * the built app itself, rendered in jsdom (scripts/prerender-setup.mjs).
 *
 * It is only a picture until the app starts: `inert`, so nothing can be clicked or typed into and
 * then lost, and replaced as a whole when React renders (createRoot empties its container first).
 * public/boot.js hides it before the first paint wherever it would not match what the app
 * then shows: any path but `/`, a link with settings, or anything this browser saved.
 *
 * Runs after the bundle is written and before the service worker's precache list is made (that
 * list hashes index.html), so the worker caches the page that is served.
 */
export function prerenderSetup(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "rehearse-prerender-setup",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: "pre",
      handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const indexFile = path.join(outDir, "index.html");
        const html = readFileSync(indexFile, "utf8");
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no empty ${ROOT_ELEMENT}`);
        const output = execFileSync(process.execPath, [SCRIPT, outDir], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
        const { html: markup } = JSON.parse(output) as { html: string };
        if (/<script\b/i.test(markup)) throw new Error("prerender: the setup page's markup holds a <script>");
        minifyBootScript(path.join(outDir, "boot.js"));
        writeFileSync(indexFile, startFromBoot(html).replace(ROOT_ELEMENT, `<div id="root"><div class="prerendered" inert>${markup}</div></div>`));
      },
    },
  };
}
