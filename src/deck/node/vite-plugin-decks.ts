import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { compileDeck } from "../compile-deck.ts";
import { formatProblem } from "../format-problem.ts";
import { summarizeDeck } from "../summarize-deck.ts";
import type { Deck } from "../deck-types.ts";

const MANIFEST_ID = "virtual:rehearse-decks";
const RESOLVED_MANIFEST_ID = "\0" + MANIFEST_ID;
/** Query that turns a content Markdown file into its compiled deck module. */
const DECK_QUERY = "?rehearse-deck";

export interface DecksPluginOptions {
  /** Folder of bundled decks, relative to the Vite root. */
  contentDir?: string;
}

/** Lists `*.md` in the content folder, sorted so the manifest order is stable. */
function listDeckFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Compiles a bundled deck in strict mode; any error fails the build (and shows in the dev overlay)
 * with every problem as `file:line: error CODE: message`.
 */
function compileStrict(file: string, root: string): { deck: Deck; warnings: string[] } {
  const relative = path.relative(root, file).split(path.sep).join("/");
  const { deck, problems } = compileDeck(readFileSync(file), { file: relative, mode: "strict" });
  const errors = problems.filter((p) => p.severity === "error");
  if (!deck || errors.length > 0) {
    const lines = (errors.length > 0 ? errors : problems).map(formatProblem);
    const error = new Error(`Deck ${relative} has ${lines.length} problem(s):\n${lines.join("\n")}`);
    const first = errors[0];
    if (first) Object.assign(error, { id: file, loc: { file, line: first.line, column: 1 } });
    throw error;
  }
  return { deck, warnings: problems.map(formatProblem) };
}

/** A deck bundled from the content folder: its id and its file, relative to the Vite root. */
export interface BundledDeckFile {
  id: string;
  file: string;
}

/** What the plugin tells other build steps (`plugin.api`). */
export interface DecksPluginApi {
  /** The decks bundled by the build so far (known once the deck list module has been built). */
  bundledDecks(): BundledDeckFile[];
}

/**
 * Compiles `content/*.md` with the deck compiler. `virtual:rehearse-decks` carries only the
 * summaries; each deck's questions are a module of their own, loaded through a dynamic import so
 * they land in their own chunk. Editing a deck in dev reloads both (HMR).
 */
export function rehearseDecks(options: DecksPluginOptions = {}): Plugin<DecksPluginApi> & { api: DecksPluginApi } {
  let root = process.cwd();
  let contentDir = path.resolve(root, options.contentDir ?? "content");
  let server: ViteDevServer | undefined;
  let bundled: BundledDeckFile[] = [];

  return {
    name: "rehearse-decks",
    api: {
      bundledDecks: () => [...bundled],
    },
    configResolved(config) {
      root = config.root;
      contentDir = path.resolve(root, options.contentDir ?? "content");
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(contentDir);
      const onDeckSetChanged = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith(".md")) return;
        const mod = devServer.moduleGraph.getModuleById(RESOLVED_MANIFEST_ID);
        if (mod) devServer.moduleGraph.invalidateModule(mod);
        devServer.ws.send({ type: "full-reload" });
      };
      devServer.watcher.on("add", onDeckSetChanged);
      devServer.watcher.on("unlink", onDeckSetChanged);
    },
    resolveId(id) {
      if (id === MANIFEST_ID) return RESOLVED_MANIFEST_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_MANIFEST_ID) {
        const files = listDeckFiles(contentDir);
        const entries: string[] = [];
        bundled = [];
        const summaries = files.map((file) => {
          this.addWatchFile(file);
          const { deck, warnings } = compileStrict(file, root);
          for (const w of warnings) this.warn(w);
          bundled.push({ id: deck.id, file: path.relative(root, file).split(path.sep).join("/") });
          entries.push(
            `  ${JSON.stringify(deck.id)}: () => import(${JSON.stringify(file + DECK_QUERY)}),`,
          );
          return summarizeDeck(deck);
        });
        return [
          `export const deckSummaries = ${JSON.stringify(summaries)};`,
          `const loaders = {\n${entries.join("\n")}\n};`,
          `export async function loadBundledDeck(id) {`,
          `  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;`,
          `  return load ? (await load()).default : undefined;`,
          `}`,
        ].join("\n");
      }
      if (id.endsWith(DECK_QUERY)) {
        const file = id.slice(0, -DECK_QUERY.length);
        this.addWatchFile(file);
        const { deck } = compileStrict(file, root);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});`;
      }
      return undefined;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith(".md") || !ctx.file.startsWith(contentDir)) return undefined;
      const graph = ctx.server.moduleGraph;
      const affected = [
        graph.getModuleById(RESOLVED_MANIFEST_ID),
        graph.getModuleById(ctx.file + DECK_QUERY),
      ].filter((m) => m !== undefined);
      for (const mod of affected) graph.invalidateModule(mod);
      // Deck modules are data: a full reload keeps the app consistent with the new questions.
      (server ?? ctx.server).ws.send({ type: "full-reload" });
      return [];
    },
  };
}
