import { LineCounter, isMap, isScalar, parseDocument } from "yaml";
import { err, ok, type Result } from "../lib/result.ts";
import type { QuestionKind } from "./deck-types.ts";
import type { RawProblem } from "./problem-codes.ts";

/** Dialect names a deck may force with `format:` in its front matter. */
export const DECK_DIALECTS = ["canonical", "heading", "list-heading", "details", "reveal", "bold-marker"] as const;
export type DeckDialect = (typeof DECK_DIALECTS)[number];

/** The front matter keys a deck may set; all optional. */
export interface FrontMatter {
  id?: string;
  title?: string;
  description?: string;
  tags: string[];
  defaultKind?: QuestionKind;
  format?: DeckDialect;
}

const KNOWN_KEYS = ["id", "title", "description", "tags", "default_kind", "format"];

/** The front matter with its warnings, or the problem (E002) that stops the deck. */
export type FrontMatterResult = Result<{ frontMatter: FrontMatter; warnings: RawProblem[] }, RawProblem>;

function invalid(line: number, message: string): FrontMatterResult {
  return err({ code: "E002", line, message });
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * Reads the YAML front matter of a deck. `firstLine` is the file line of the YAML's first line, so
 * problems point into the file. Invalid YAML or a value of the wrong kind: E002; unknown keys: W010.
 */
export function parseFrontMatter(yaml: string, firstLine: number): FrontMatterResult {
  const counter = new LineCounter();
  const fileLine = (offset: number) => firstLine - 1 + counter.linePos(offset).line;
  let data: unknown;
  let keyLines = new Map<string, number>();
  try {
    const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
      // An unclosed quote or bracket is noticed lines later: point at the key it belongs to.
      const keyStart = isMap(doc.contents) && error.code !== "DUPLICATE_KEY"
        ? doc.contents.items.findLast((pair) => isScalar(pair.key) && (pair.key.range?.[0] ?? Infinity) < error.pos[0])
        : undefined;
      const at = keyStart && isScalar(keyStart.key) ? (keyStart.key.range?.[0] ?? error.pos[0]) : error.pos[0];
      const detail = error.message.split("\n")[0] ?? "";
      return invalid(fileLine(at), `the front matter is not valid YAML (${detail}); write one \`key: value\` per line`);
    }
    if (doc.contents !== null && !isMap(doc.contents)) {
      return invalid(firstLine, "the front matter must be `key: value` lines (such as `title: My deck`), not a list or a single value");
    }
    if (isMap(doc.contents)) {
      keyLines = new Map(
        doc.contents.items.map((pair) => {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const range = isScalar(pair.key) ? pair.key.range : undefined;
          return [key, range ? fileLine(range[0]) : firstLine] as const;
        }),
      );
    }
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return invalid(firstLine, `the front matter could not be read (${detail}); write one \`key: value\` per line`);
  }

  const record = (data ?? {}) as Record<string, unknown>;
  const lineOf = (key: string) => keyLines.get(key) ?? firstLine;
  const frontMatter: FrontMatter = { tags: [] };
  const warnings: RawProblem[] = [];

  for (const key of ["id", "title", "description"] as const) {
    if (record[key] === undefined || record[key] === null) continue;
    const text = asText(record[key]);
    if (text === undefined || text === "") {
      return invalid(lineOf(key), `front matter \`${key}\` must be a short piece of text`);
    }
    frontMatter[key] = text;
  }

  const tags = record.tags;
  if (tags !== undefined && tags !== null) {
    const list = typeof tags === "string" ? tags.split(",") : Array.isArray(tags) ? tags.map(asText) : undefined;
    if (!list || list.some((t) => t === undefined)) {
      return invalid(lineOf("tags"), "front matter `tags` must be a list of words, such as `tags: [aws, cloud]`");
    }
    frontMatter.tags = list.map((t) => (t ?? "").trim()).filter((t) => t !== "");
  }

  const kind = record.default_kind;
  if (kind !== undefined && kind !== null) {
    if (kind !== "concept" && kind !== "scenario") {
      return invalid(lineOf("default_kind"), "front matter `default_kind` must be `concept` or `scenario`");
    }
    frontMatter.defaultKind = kind;
  }

  const format = record.format;
  if (format !== undefined && format !== null) {
    if (typeof format !== "string" || !(DECK_DIALECTS as readonly string[]).includes(format)) {
      return invalid(lineOf("format"), `front matter \`format\` must be one of ${DECK_DIALECTS.join(", ")}`);
    }
    frontMatter.format = format as DeckDialect;
  }

  for (const key of Object.keys(record)) {
    if (KNOWN_KEYS.includes(key)) continue;
    warnings.push({
      code: "W010",
      line: lineOf(key),
      message: `front matter key \`${key}\` is not used and is ignored; the keys a deck may set are ${KNOWN_KEYS.join(", ")}`,
    });
  }
  return ok({ frontMatter, warnings });
}
