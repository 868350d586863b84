import { describe, expect, it } from "vitest";
import type { Question } from "../../src/deck/deck-types.ts";
import {
  CSV_COLUMNS,
  csvField,
  exportFileName,
  toCsv,
  toJson,
  toMarkdown,
} from "../../src/interview/export-session.ts";
import type { SessionExport } from "../../src/interview/export-session.ts";
import { createSession } from "../../src/interview/session-machine.ts";
import { transitionAll } from "../fixtures/session-views.ts";
import type { Session, SessionConfig } from "../../src/interview/session-types.ts";

const T0 = Date.UTC(2025, 2, 1, 9, 30);
const S = 1000;

const HOSTILE_NOTES = 'He said "use, commas"\r\nthen a new line\nand | a pipe\n\n=SUM(A1)';

const QUESTIONS: Question[] = [
  {
    id: "aws/q1",
    deckId: "aws",
    label: "Q1",
    kind: "concept",
    section: "Compute, EC2",
    prompt: 'What is "EC2"?',
    answer: "Virtual machines.\n\n**Key Points:**\n- elastic\n- pay per use",
    keyPoints: ["elastic", "pay per use"],
    hash: "h1",
    line: 10,
  },
  {
    id: "aws/s1",
    deckId: "aws",
    label: "S1",
    kind: "scenario",
    section: "Storage",
    prompt: "A bucket is public | what now?",
    answer: "Block public access.",
    keyPoints: [],
    hash: "h2",
    line: 20,
  },
];

function finished(): Session {
  const config: SessionConfig = {
    deckIds: ["aws"],
    sections: null,
    kinds: ["concept", "scenario"],
    count: 2,
    order: "shuffled",
    seed: "k3f9qa",
    perQuestionSeconds: { concept: 60, scenario: null },
    totalSeconds: null,
    onTimeUp: "overrun",
    mode: "practice",
  };
  return transitionAll(createSession(config, QUESTIONS, { id: "sess/1", at: T0 }), [
    { type: "keyPointToggled", at: T0 + S, index: 1 },
    { type: "notesEdited", at: T0 + 2 * S, text: HOSTILE_NOTES },
    { type: "revealed", at: T0 + 75 * S },
    { type: "graded", at: T0 + 80 * S, grade: 3 },
    { type: "flagToggled", at: T0 + 81 * S },
    { type: "movedNext", at: T0 + 90 * S, fromIndex: 0 },
    { type: "skipped", at: T0 + 100 * S, fromIndex: 1 },
    { type: "finished", at: T0 + 110 * S },
  ]);
}

/** A strict RFC 4180 reader, written independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error("unclosed quote");
  if (field !== "" || row.length > 0) throw new Error("last record must end with CRLF");
  return rows;
}

describe("toCsv", () => {
  it("parses back: header, one row per question, hostile text intact", () => {
    const rows = parseCsv(toCsv(finished()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((name, i) => [name, r[i]])));
    expect(records[0]).toMatchObject({
      position: "1",
      question_id: "aws/q1",
      section: "Compute, EC2",
      prompt: 'What is "EC2"?',
      grade: "3",
      grade_label: "Good",
      flagged: "true",
      skipped: "false",
      revealed: "true",
      answer_seconds: "75",
      total_seconds: "90",
      limit_seconds: "60",
      overrun: "true",
      key_points_checked: "1",
      key_points_total: "2",
      notes: HOSTILE_NOTES,
    });
    expect(records[1]).toMatchObject({ question_id: "aws/s1", grade: "", grade_label: "", skipped: "true", limit_seconds: "", overrun: "false", notes: "" });
  });

  it("quotes only what needs quoting", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(3)).toBe("3");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\ronly")).toBe('"cr\ronly"');
  });

  it("keeps text a spreadsheet would run as a formula as text, and numbers as numbers", () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe('"\'=HYPERLINK(""https://evil.example"",""x"")"');
    expect(csvField("+1 for caching")).toBe("'+1 for caching");
    expect(csvField("-rf")).toBe("'-rf");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tindented")).toBe("'\tindented");
    expect(csvField("a = b")).toBe("a = b");
    expect(csvField(-3)).toBe("-3");
  });
});

describe("toJson", () => {
  it("parses back to the same session, with summaries", () => {
    const session = finished();
    const parsed = JSON.parse(toJson(session)) as SessionExport;
    expect(parsed.format).toBe("rehearse-session");
    expect(parsed.version).toBe(1);
    expect(parsed.session).toEqual(session);
    expect(parsed.score).toMatchObject({ points: 3, max: 8, percent: 38 });
    expect(parsed.topics.map((t) => t.section)).toEqual(["Compute, EC2", "Storage"]);
    expect(parsed.time.usedMs).toBe(110 * S);
  });
});

describe("toMarkdown", () => {
  it("summarises the session and every question", () => {
    const md = toMarkdown(finished());
    expect(md).toContain("# Rehearse session");
    expect(md).toContain("- Started: 2025-03-01T09:30:00.000Z");
    expect(md).toContain("- Score: 3 / 8 · 38% (1 / 2 graded · 1 not answered)");
    expect(md).toContain("- Mode: practice; order: shuffled (seed k3f9qa)");
    expect(md).toContain("| Compute, EC2 | 1 | 1 | 3 / 4 | 75% |");
    expect(md).toContain("| Storage | 1 | 0 | 0 / 0 | – |");
    expect(md).toContain("### 1. Q1 · What is \"EC2\"?");
    expect(md).toContain("### 2. S1 · A bucket is public \\| what now?");
    expect(md).toContain("- Grade: 3 Good");
    expect(md).toContain("- Time: 1:15 of 1:00 (over by 0:15)");
    expect(md).toContain("- Marked: flagged");
    expect(md).toContain("- Marked: skipped");
    expect(md).toContain("> then a new line\n> and | a pipe\n>\n> =SUM(A1)");
    expect(md).not.toContain("**Answer**");
    expect(md.endsWith("\n")).toBe(true);
  });

  it("with the questions, includes answers and rubric ticks, and notes a changed answer", () => {
    const changed = { ...QUESTIONS[1], answer: "Now different.", hash: "h2-new" } as Question;
    const md = toMarkdown(finished(), [QUESTIONS[0] as Question, changed]);
    expect(md).toContain("- [ ] elastic\n- [x] pay per use");
    expect(md).toContain("**Answer**\n\nVirtual machines.");
    expect(md).toContain("_The answer has changed in the deck since this session._\n\nNow different.");
  });

  it("writes the rest of a question of several paragraphs under its title, as written", () => {
    const withOptions = { ...QUESTIONS[0], promptDetail: "- `t3.micro`\n- `m5.large`" } as Question;
    const md = toMarkdown(finished(), [withOptions, QUESTIONS[1] as Question]);
    expect(md).toContain('### 1. Q1 · What is "EC2"?\n\n> - `t3.micro`\n> - `m5.large`\n\n- Topic: Compute, EC2');
  });
});

describe("transcripts in exports", () => {
  it("Markdown quotes a question's transcript on one line; questions without one have none", () => {
    const session = transitionAll(finished(), []);
    const firstId = session.questionIds[0] as string;
    const spoken: Session = {
      ...session,
      entries: { ...session.entries, [firstId]: { ...session.entries[firstId]!, transcript: "virtual machines\n  that scale" } },
    };
    const md = toMarkdown(spoken);
    expect(md).toContain("**Transcript**\n\n> virtual machines that scale");
    expect(md.match(/\*\*Transcript\*\*/g)).toHaveLength(1);
    expect(toMarkdown(session)).not.toContain("**Transcript**");
    expect(JSON.parse(toJson(spoken)).session.entries[firstId].transcript).toBe("virtual machines\n  that scale");
  });
});

describe("exportFileName", () => {
  it("is dated and safe for a file system", () => {
    expect(exportFileName(finished(), "csv")).toBe("rehearse-2025-03-01-sess-1.csv");
  });
});
