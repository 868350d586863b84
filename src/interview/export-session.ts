import type { Question } from "../deck/deck-types.ts";
import { formatDuration } from "../lib/format-duration.ts";
import { GRADE_LABELS } from "./session-types.ts";
import type { Session } from "./session-types.ts";
import { formatScore, formatScoreCounts, questionResults, scoreSession, timeSummary, topicTotals } from "./scoring.ts";
import type { QuestionResult } from "./scoring.ts";
import { formatStopwatch } from "./timer.ts";

/**
 * Session exports as strings; the screen turns them into downloads. Times are what the
 * entries hold (exact for a finished session). Dates are ISO 8601 UTC, so exports do not
 * depend on the machine's locale or time zone.
 */

/** Identifies a JSON export, so an importer can recognise and version it. */
export const SESSION_EXPORT_FORMAT = "rehearse-session";
export const SESSION_EXPORT_VERSION = 1;

/** The shape of `toJson`'s output. `session` is the session exactly as stored. */
export interface SessionExport {
  format: typeof SESSION_EXPORT_FORMAT;
  version: typeof SESSION_EXPORT_VERSION;
  session: Session;
  score: ReturnType<typeof scoreSession>;
  topics: ReturnType<typeof topicTotals>;
  time: ReturnType<typeof timeSummary>;
}

function iso(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? "" : new Date(ms).toISOString();
}

/** A file name for a download: "rehearse-2025-03-01-<id>.md". */
export function exportFileName(session: Session, extension: "md" | "csv" | "json"): string {
  const day = iso(session.startedAt).slice(0, 10) || "session";
  const safeId = session.id.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40);
  return `rehearse-${day}-${safeId}.${extension}`;
}

// ---------- JSON ----------

/** The session and its summaries as pretty JSON; `JSON.parse(x).session` is the session unchanged. */
export function toJson(session: Session): string {
  const payload: SessionExport = {
    format: SESSION_EXPORT_FORMAT,
    version: SESSION_EXPORT_VERSION,
    session,
    score: scoreSession(session),
    topics: topicTotals(session),
    time: timeSummary(session),
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

// ---------- CSV ----------

/** Column names of `toCsv`, in order. */
export const CSV_COLUMNS = [
  "position",
  "question_id",
  "deck_id",
  "label",
  "section",
  "kind",
  "prompt",
  "grade",
  "grade_label",
  "flagged",
  "skipped",
  "revealed",
  "answer_seconds",
  "total_seconds",
  "limit_seconds",
  "overrun",
  "key_points_checked",
  "key_points_total",
  "notes",
] as const;

/**
 * One CSV field, RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. Text that
 * a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR: prompts and
 * sections come from decks people import, which are untrusted) gets a leading `'`, so it shows as
 * text. Numbers are written as they are.
 */
export function csvField(value: string | number | boolean): string {
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

function csvRow(row: QuestionResult): (string | number | boolean)[] {
  return [
    row.index + 1,
    row.questionId,
    row.meta.deckId,
    row.meta.label,
    row.meta.section,
    row.meta.kind,
    row.meta.prompt,
    row.grade ?? "",
    row.grade === undefined ? "" : GRADE_LABELS[row.grade],
    row.flagged,
    row.skipped,
    row.revealed,
    seconds(row.answerMs),
    seconds(row.elapsedMs),
    row.limitMs === null ? "" : seconds(row.limitMs),
    row.overrun,
    row.checkedKeyPoints.length,
    row.meta.keyPointCount,
    row.notes,
  ];
}

/** One row per question with a header row; CRLF line ends as RFC 4180 asks. */
export function toCsv(session: Session): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of questionResults(session)) lines.push(csvRow(row).map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

// ---------- Markdown ----------

/** Text safe inside a one-line Markdown context (heading, table cell). */
function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replaceAll("|", "\\|").trim();
}

function timeLine(row: QuestionResult): string {
  const used = formatStopwatch(row.answerMs);
  if (row.limitMs === null) return used;
  const over = row.overrun ? ` (over by ${formatStopwatch(row.overrunMs)})` : "";
  return `${used} of ${formatStopwatch(row.limitMs)}${over}`;
}

function questionSection(row: QuestionResult, question: Question | undefined): string[] {
  const { meta } = row;
  const title = meta.label === "" ? inline(meta.prompt) : `${inline(meta.label)} · ${inline(meta.prompt)}`;
  const out = [`### ${row.index + 1}. ${title}`, ""];
  out.push(`- Topic: ${inline(meta.section)} (${meta.kind})`);
  out.push(`- Grade: ${row.grade === undefined ? "not graded" : `${row.grade} ${GRADE_LABELS[row.grade]}`}`);
  out.push(`- Time: ${timeLine(row)}`);
  const marks = [row.flagged ? "flagged" : "", row.skipped ? "skipped" : ""].filter(Boolean);
  if (marks.length > 0) out.push(`- Marked: ${marks.join(", ")}`);
  if (meta.keyPointCount > 0) {
    out.push(`- Key points covered: ${row.checkedKeyPoints.length} of ${meta.keyPointCount}`);
  }
  if (question !== undefined && question.hash === meta.hash && question.keyPoints.length > 0) {
    out.push("", "**What I covered**", "");
    question.keyPoints.forEach((point, i) => {
      out.push(`- [${row.checkedKeyPoints.includes(i) ? "x" : " "}] ${inline(point)}`);
    });
  }
  if (row.notes.trim() !== "") {
    out.push("", "**Notes**", "", ...row.notes.split(/\r\n|\r|\n/).map((line) => (line === "" ? ">" : `> ${line}`)));
  }
  if (question !== undefined) {
    out.push("", "**Answer**");
    if (question.hash !== meta.hash) out.push("", "_The answer has changed in the deck since this session._");
    out.push("", question.answer.trim());
  }
  out.push("");
  return out;
}

/**
 * A readable report: summary, per-topic table, then every question with grade, time, marks
 * and notes. Pass the questions (from the loaded decks) to include each model answer and the
 * rubric ticks; questions whose answer changed since are flagged as such.
 */
export function toMarkdown(session: Session, questions?: readonly Question[]): string {
  const byId = new Map((questions ?? []).map((q) => [q.id, q]));
  const score = scoreSession(session);
  const time = timeSummary(session);
  const { config } = session;
  const out = ["# Rehearse session", ""];
  out.push(`- Started: ${iso(session.startedAt)}`);
  out.push(`- Finished: ${session.finishedAt === undefined ? "not finished" : iso(session.finishedAt)}`);
  const order =
    config.order === "shuffled"
      ? `shuffled (seed ${inline(config.seed)})`
      : config.order === "due"
        ? "due for review first"
        : config.order === "weakest-first"
          ? "weakest first"
          : "in deck order";
  out.push(`- Mode: ${config.mode}; order: ${order}`);
  out.push(`- Score: ${formatScore(score)} (${formatScoreCounts(score)})`);
  const plan = time.plannedMs === null ? "" : ` of ${formatDuration(time.plannedMs)} planned`;
  out.push(`- Time: ${formatDuration(time.usedMs)}${plan}`);
  out.push("", "## By topic", "", "| Topic | Questions | Graded | Score | % |", "|---|---:|---:|---:|---:|");
  for (const topic of topicTotals(session)) {
    const percent = topic.percent === null ? "–" : `${topic.percent}%`;
    out.push(`| ${inline(topic.section)} | ${topic.count} | ${topic.graded} | ${topic.points} / ${topic.max} | ${percent} |`);
  }
  out.push("", "## Questions", "");
  for (const row of questionResults(session)) out.push(...questionSection(row, byId.get(row.questionId)));
  return `${out.join("\n").trimEnd()}\n`;
}
