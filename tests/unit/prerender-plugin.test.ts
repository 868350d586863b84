import { describe, expect, it } from "vitest";
import { startFromBoot } from "../../scripts/prerender-plugin.ts";

const BUILT = `<!doctype html><html><head>
    <script src="/boot.js"></script>
    <title>Rehearse</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-def.js">
    <link rel="modulepreload" crossorigin href="/assets/react-ghi.js">
    <link rel="stylesheet" crossorigin href="/assets/index-jkl.css">
  </head><body><div id="root"></div></body></html>`;

describe("prerendered index.html: the app starts from boot.js", () => {
  it("moves the entry script and its module preloads onto boot.js's tag, in order, and keeps the rest", () => {
    const html = startFromBoot(BUILT);
    expect(html).toContain(
      '<script src="/boot.js" data-entry="/assets/index-abc.js" data-preload="/assets/framework-def.js /assets/react-ghi.js"></script>',
    );
    expect(html).not.toMatch(/type="module"|rel="modulepreload"/);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-jkl.css">');
    expect(html).toContain('<div id="root"></div>');
  });

  it("refuses a page it does not understand rather than shipping one that never starts", () => {
    expect(() => startFromBoot(BUILT.replace('<script src="/boot.js"></script>', ""))).toThrow(/boot\.js/);
    expect(() => startFromBoot(BUILT.replace(/<script type="module"[^>]*><\/script>/, ""))).toThrow(/entry script/);
  });
});
