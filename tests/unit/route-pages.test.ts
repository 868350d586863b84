import { describe, expect, it } from "vitest";
import type { OutputBundle } from "rolldown";
import { pageFileName, preloadsFor, withPreloads } from "../../scripts/route-pages.ts";

const ROOT = "/app";

/** A chunk as the bundler hands it over, with what the route pages read of it. */
function chunk(fileName: string, options: { entry?: boolean; facade?: string; modules?: string[]; imports?: string[]; css?: string[] }) {
  return {
    type: "chunk",
    fileName,
    isEntry: options.entry ?? false,
    facadeModuleId: options.facade === undefined ? null : `${ROOT}/${options.facade}`,
    moduleIds: (options.modules ?? (options.facade === undefined ? [] : [options.facade])).map((id) => `${ROOT}/${id}`),
    imports: options.imports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set<string>() },
  };
}

function bundleOf(...chunks: ReturnType<typeof chunk>[]): OutputBundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c])) as unknown as OutputBundle;
}

const bundle = bundleOf(
  chunk("assets/index.js", { entry: true, modules: ["src/main.tsx"], imports: ["assets/framework.js", "assets/shared.js"], css: ["assets/index.css"] }),
  chunk("assets/framework.js", {}),
  chunk("assets/shared.js", { modules: ["src/lib/shared.ts"], css: ["assets/index.css"] }),
  chunk("assets/history.js", {
    facade: "src/routes/history.tsx?tsr-split=component",
    imports: ["assets/framework.js", "assets/index.js", "assets/db.js", "assets/button.js"],
    css: ["assets/history.css"],
  }),
  chunk("assets/db.js", { modules: ["src/store/db.ts", "src/store/load.ts"], imports: ["assets/shared.js"] }),
  chunk("assets/button.js", { modules: ["src/ui/button.tsx"], css: ["assets/button.css"] }),
  chunk("assets/store.js", { modules: ["src/store/store.ts"], imports: ["assets/db.js"] }),
);

describe("route pages", () => {
  it("names a page's file after its path", () => {
    expect(pageFileName("/history")).toBe("history.html");
    expect(pageFileName("/decks/aws-cloud")).toBe("decks/aws-cloud.html");
    expect(() => pageFileName("/")).toThrow(/plain segments/);
    expect(() => pageFileName("/decks/../x")).toThrow(/plain segments/);
  });

  it("preloads a screen's chunks, the screen's own first, and their styles, less what the entry loads already", () => {
    expect(preloadsFor(bundle, ROOT, ["src/routes/history.tsx?tsr-split=component", "src/store/load.ts", "src/store/store.ts"])).toEqual({
      scripts: ["assets/history.js", "assets/db.js", "assets/button.js", "assets/store.js"],
      styles: ["assets/history.css", "assets/button.css"],
    });
  });

  it("fails the build when a page names a module the build no longer has", () => {
    expect(() => preloadsFor(bundle, ROOT, ["src/store/renamed.ts"])).toThrow(/no chunk holds src\/store\/renamed\.ts/);
  });

  it("adds the preloads at the end of the head and nothing else: no script of its own", () => {
    const html = '<html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>';
    const page = withPreloads(html, { scripts: ["assets/history.js"], styles: ["assets/history.css"] });
    expect(page).toBe(
      '<html><head><script type="module" src="/assets/index.js"></script>\n' +
        '  <link rel="modulepreload" crossorigin href="/assets/history.js">\n' +
        '  <link rel="preload" as="style" crossorigin href="/assets/history.css">\n' +
        '</head><body><div id="root"></div></body></html>',
    );
  });
});
