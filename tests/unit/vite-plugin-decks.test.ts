import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { build, createServer } from "vite";
import { rehearseDecks } from "../../src/deck/node/vite-plugin-decks.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A tiny Vite project whose entry prints the deck summaries and loads one deck. */
function project(decks: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "rehearse-plugin-"));
  dirs.push(root);
  mkdirSync(path.join(root, "content"));
  for (const [name, text] of Object.entries(decks)) writeFileSync(path.join(root, "content", name), text);
  writeFileSync(
    path.join(root, "main.js"),
    'import { deckSummaries, loadBundledDeck } from "virtual:rehearse-decks";\nconsole.log(deckSummaries);\nloadBundledDeck("good").then(console.log);\n',
  );
  return root;
}

function buildProject(root: string) {
  return build({
    root,
    logLevel: "silent",
    configFile: false,
    plugins: [rehearseDecks()],
    build: { outDir: "dist", lib: { entry: "main.js", formats: ["es"], fileName: "main" } },
  });
}

const good = "# Good deck\n\n## Basics\n\n### Q1: What is a deck?\n\n**Answer:** A Markdown file of questions.\n";

describe("the decks Vite plugin", () => {
  it("puts summaries in the entry and each deck's questions in a chunk of its own", async () => {
    const root = project({ "good.md": good });
    await buildProject(root);
    const files = readdirSync(path.join(root, "dist"));
    const entryFile = files.find((f) => f.startsWith("main"))!;
    const entry = readFileSync(path.join(root, "dist", entryFile), "utf8");
    expect(entry).toContain("Good deck");
    expect(entry).not.toContain("A Markdown file of questions");
    const chunks = files.filter((f) => f !== entryFile).map((f) => readFileSync(path.join(root, "dist", f), "utf8"));
    expect(chunks.some((c) => c.includes("A Markdown file of questions"))).toBe(true);
  }, 30_000);

  it("tells other build steps which decks it bundled, by id and file", async () => {
    const root = project({ "good.md": good });
    const decks = rehearseDecks();
    await build({
      root,
      logLevel: "silent",
      configFile: false,
      plugins: [decks],
      build: { outDir: "dist", lib: { entry: "main.js", formats: ["es"], fileName: "main" } },
    });
    expect(decks.api.bundledDecks()).toEqual([{ id: "good", file: "content/good.md" }]);
  }, 30_000);

  it("fails the build on a bad deck, naming file and line", async () => {
    const root = project({ "good.md": good, "bad.md": "# Bad deck\n\n## Basics\n\n### Q1: No answer here?\n\nJust text.\n" });
    await expect(buildProject(root)).rejects.toThrow(/content\/bad\.md:5: error E020/);
  }, 30_000);

  it("in dev, serves an edited deck after a change and reports a broken one with file and line", async () => {
    const root = project({ "good.md": good });
    const server = await createServer({
      root,
      logLevel: "silent",
      configFile: false,
      plugins: [rehearseDecks()],
      server: { port: 0, hmr: false },
    });
    try {
      const first = await server.transformRequest("virtual:rehearse-decks");
      expect(first?.code).toContain("Good deck");

      writeFileSync(path.join(root, "content", "good.md"), good.replace("Good deck", "Renamed deck"));
      await expect
        .poll(async () => (await server.transformRequest("virtual:rehearse-decks"))?.code ?? "", { timeout: 10_000 })
        .toContain("Renamed deck");

      writeFileSync(path.join(root, "content", "good.md"), "# Broken\n\n## S\n\n### Q1: Where is the answer?\n");
      await expect
        .poll(
          async () => {
            try {
              await server.transformRequest("virtual:rehearse-decks");
              return "no error";
            } catch (error) {
              return String(error);
            }
          },
          { timeout: 10_000 },
        )
        .toMatch(/content\/good\.md:5: error E020/);
    } finally {
      await server.close();
    }
  }, 30_000);
});
