import path from "node:path";
import type { OutputBundle, OutputChunk } from "rolldown";
import type { Plugin } from "vite";

/**
 * Pages of the built app that name their own code, so that opening one (a bookmark, a reload, a
 * shared link) fetches it alongside the app's entry instead of after it.
 *
 * Every path is answered with the same `index.html`, which lists only what the setup screen needs.
 * On another screen the browser then fetches the entry, runs it (the framework's start-up is the
 * longest task of the load), and only then learns from the router which chunks the screen needs:
 * a second round trip, started late. For the paths given here the build also writes a copy of
 * `index.html` (`/history` → `history.html`, `/decks/aws-cloud` → `decks/aws-cloud.html`) whose
 * head preloads the screen's chunks (`<link rel="modulepreload">`) and its styles (a preload the
 * screen's own stylesheet link then finds in the cache). Static hosts serve `history.html` for
 * `/history`, as `vite preview` does; a host that does not serves `index.html`, which works as
 * before. The copies run no code of their own: nothing changes for the setup page, and the
 * service worker answers navigations with `index.html` as before.
 */

export interface RoutePage {
  /** The page's path, such as "/history" or "/decks/aws-cloud". */
  path: string;
  /**
   * What the screen loads before its first paint beyond the entry, as module ids relative to the
   * project root: its route's code-split component ("src/routes/history.tsx?tsr-split=component"),
   * what its loader imports. Each is preloaded with the chunks it imports. A module the build no
   * longer has fails the build, so a renamed file cannot leave a page preloading nothing.
   */
  modules: readonly string[];
}

/** Where a page's HTML is written: "/history" → "history.html", "/decks/x" → "decks/x.html". */
export function pageFileName(pagePath: string): string {
  const parts = pagePath.split("/").filter((part) => part !== "");
  if (parts.length === 0 || parts.some((part) => !/^[\w-]+$/.test(part))) {
    throw new Error(`route page "${pagePath}": expected a path of plain segments such as /history`);
  }
  return `${parts.join("/")}.html`;
}

/** What a page preloads: its chunks (the screen's own first) and their stylesheets, as built file names. */
export interface PagePreloads {
  scripts: string[];
  styles: string[];
}

/** `index.html` with the page's preloads at the end of its head. */
export function withPreloads(html: string, { scripts, styles }: PagePreloads): string {
  const links = [
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    // Not a stylesheet link: that would hold the first paint of the page's frame, and take the
    // connections the entry's own files need first. The screen's stylesheet link comes with its chunk.
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  if (!html.includes("</head>")) throw new Error("index.html has no </head>");
  return html.replace("</head>", `\n${links.map((link) => `  ${link}\n`).join("")}</head>`);
}

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((item): item is OutputChunk => item.type === "chunk");
}

/** The chunk that holds `moduleId` (an absolute id): the one it is the facade of, else the one it is in. */
function chunkOf(chunks: readonly OutputChunk[], moduleId: string): OutputChunk | undefined {
  return chunks.find((chunk) => chunk.facadeModuleId === moduleId) ?? chunks.find((chunk) => chunk.moduleIds.includes(moduleId));
}

/** `start` and every chunk it imports statically, by file name, `start` first. */
function staticClosure(byFile: ReadonlyMap<string, OutputChunk>, start: string, into: string[] = []): string[] {
  if (into.includes(start)) return into;
  into.push(start);
  for (const imported of byFile.get(start)?.imports ?? []) staticClosure(byFile, imported, into);
  return into;
}

/**
 * The preloads of `modules` in `bundle`: their chunks and the chunks those import, and the
 * stylesheets of all of them, less what the entry (`index.html`) loads already.
 */
export function preloadsFor(bundle: OutputBundle, root: string, modules: readonly string[]): PagePreloads {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error("the build has no entry chunk");
  const loaded = new Set(staticClosure(byFile, entry.fileName));
  const css = (files: Iterable<string>) => [...files].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
  const loadedStyles = new Set(css(loaded));
  const scripts: string[] = [];
  for (const id of modules) {
    const chunk = chunkOf(chunks, path.resolve(root, id));
    if (!chunk) throw new Error(`route page: no chunk holds ${id} (renamed or moved? update the page's modules)`);
    for (const file of staticClosure(byFile, chunk.fileName)) if (!loaded.has(file) && !scripts.includes(file)) scripts.push(file);
  }
  const styles = [...new Set(css(scripts))].filter((file) => !loadedStyles.has(file));
  return { scripts, styles };
}

/** Writes a page per entry of `pages()` (asked for once the bundle is built), see the top of this file. */
export function routePages(pages: () => readonly RoutePage[]): Plugin {
  let root = process.cwd();
  return {
    name: "rehearse-route-pages",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After Vite has written index.html (with its entry, preloads and policy).
      order: "post",
      handler(_options, bundle) {
        const index = bundle["index.html"];
        const html = index?.type === "asset" && typeof index.source === "string" ? index.source : null;
        if (html === null) throw new Error("route pages: the build has no index.html");
        for (const page of pages()) {
          const source = withPreloads(html, preloadsFor(bundle, root, page.modules));
          this.emitFile({ type: "asset", fileName: pageFileName(page.path), source });
        }
      },
    },
  };
}
