import { compileDeck } from "../compile-deck.ts";
import type { CompileMode, Deck, DeckProblem } from "../deck-types.ts";
import { formatProblem } from "../format-problem.ts";
import type { DeckDialect } from "../front-matter.ts";

/** What `check:decks` needs from the file system, so tests can hand it files in memory. */
export interface CheckDecksIo {
  /** The file's bytes, or why it cannot be read. */
  readFile(path: string): { bytes: Uint8Array } | { error: string };
  /** Names of the `*.md` files in a folder, or undefined when there is no such folder. */
  listMarkdown(dir: string): string[] | undefined;
}

export interface CheckDecksOutcome {
  /** 0: no errors; 1: at least one error; 2: usage error or unreadable file. */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export const CONTENT_DIR = "content";

export const USAGE = `Usage: npm run check:decks -- [--json] [--mode strict|import] [FILES...]

Checks deck files (default: every ${CONTENT_DIR}/*.md, strict) and prints each problem as
file:line: error|warning CODE: message, then one summary line per deck (in import mode with
the dialect its questions were read in).
  --json           print only JSON: {"decks":[…],"problems":[…]}
  --mode strict    bundled decks: every error fails (default)
  --mode import    a person's own file: only fatal errors refuse it
Exit status: 0 no errors, 1 errors found, 2 usage error or missing file.
`;

interface Options {
  json: boolean;
  mode: CompileMode;
  files: string[];
}

function usageError(message: string): CheckDecksOutcome {
  return { exitCode: 2, stdout: "", stderr: `check:decks: ${message}\n\n${USAGE}` };
}

function parseArgs(args: readonly string[]): Options | CheckDecksOutcome {
  const options: Options = { json: false, mode: "strict", files: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === "--") {
      options.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") return { exitCode: 0, stdout: USAGE, stderr: "" };
    if (arg === "--json") {
      options.json = true;
    } else if (arg === "--mode" || arg.startsWith("--mode=")) {
      const value = arg === "--mode" ? args[(i += 1)] : arg.slice("--mode=".length);
      if (value !== "strict" && value !== "import") {
        return usageError(`--mode must be "strict" or "import"${value === undefined ? "" : `, not "${value}"`}`);
      }
      options.mode = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      return usageError(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

/** The JSON shape promised to scripts: the deck without app-only fields. */
function deckJson(deck: Deck, file: string, dialect: DeckDialect) {
  return {
    id: deck.id,
    title: deck.title,
    file,
    dialect,
    sections: deck.sections,
    questions: deck.questions.map((q) => ({
      id: q.id,
      label: q.label,
      kind: q.kind,
      section: q.section,
      prompt: q.prompt,
      answer: q.answer,
      keyPoints: q.keyPoints,
      line: q.line,
    })),
  };
}

function problemJson(p: DeckProblem) {
  return { file: p.file, line: p.line, severity: p.fatal ? "error" : p.severity, code: p.code, message: p.message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summaryLine(file: string, deck: Deck | null, problems: readonly DeckProblem[], dialect?: DeckDialect): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const issues = problems.length === 0 ? "" : ` (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  if (!deck) return `${file}: refused${issues}`;
  const concept = deck.questions.filter((q) => q.kind === "concept").length;
  const scenario = deck.questions.length - concept;
  return (
    `${file}: "${deck.title}" (${deck.id}): ${plural(deck.questions.length, "question")} in ` +
    `${plural(deck.sections.length, "section")}, ${concept} concept, ${scenario} scenario` +
    `${dialect ? `, read as the ${dialect} dialect` : ""}${issues}`
  );
}

/**
 * `check:decks`: compiles deck files and reports their problems for people (`file:line: …`) or
 * scripts (`--json`). Returns what to print and the exit status instead of printing.
 */
export function checkDecks(args: readonly string[], io: CheckDecksIo): CheckDecksOutcome {
  const parsed = parseArgs(args);
  if ("exitCode" in parsed) return parsed;
  let files = parsed.files.map((f) => f.split("\\").join("/"));
  if (files.length === 0) {
    const names = io.listMarkdown(CONTENT_DIR);
    if (!names || names.length === 0) return usageError(`no deck files found in ${CONTENT_DIR}/ and none given`);
    files = [...names].sort().map((name) => `${CONTENT_DIR}/${name}`);
  }

  const inputs: { file: string; bytes: Uint8Array }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const read = io.readFile(file);
    if ("error" in read) unreadable.push(`check:decks: cannot read ${file}: ${read.error}`);
    else inputs.push({ file, bytes: read.bytes });
  }
  if (unreadable.length > 0) return { exitCode: 2, stdout: "", stderr: `${unreadable.join("\n")}\n` };

  const decks: ReturnType<typeof deckJson>[] = [];
  const problems: DeckProblem[] = [];
  const lines: string[] = [];
  const summaries: string[] = [];
  for (const { file, bytes } of inputs) {
    const result = compileDeck(bytes, { file, mode: parsed.mode });
    problems.push(...result.problems);
    lines.push(...result.problems.map(formatProblem));
    // Strict mode reads only the canonical dialect: naming it would say nothing.
    summaries.push(summaryLine(file, result.deck, result.problems, parsed.mode === "import" ? result.dialect : undefined));
    if (result.deck) decks.push(deckJson(result.deck, file, result.dialect ?? "canonical"));
  }
  const failed = problems.some((p) => p.severity === "error" || p.fatal === true);
  const stdout = parsed.json
    ? `${JSON.stringify({ decks, problems: problems.map(problemJson) })}\n`
    : `${[...lines, ...summaries].join("\n")}\n`;
  return { exitCode: failed ? 1 : 0, stdout, stderr: "" };
}
