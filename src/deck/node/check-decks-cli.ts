// `npm run check:decks -- [--json] [--mode strict|import] [FILES...]`: see check-decks.ts.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { checkDecks, type CheckDecksIo } from "./check-decks.ts";

const io: CheckDecksIo = {
  readFile(path) {
    try {
      if (statSync(path).isDirectory()) return { error: "it is a folder, not a file" };
      return { bytes: readFileSync(path) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error) };
    }
  },
  listMarkdown(dir) {
    try {
      return readdirSync(dir).filter((name) => name.endsWith(".md"));
    } catch {
      return undefined;
    }
  },
};

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const outcome = checkDecks(process.argv.slice(2), io);
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
