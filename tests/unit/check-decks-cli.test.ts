import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const FIXTURES = "tests/fixtures/decks";

interface Report {
  decks: { id: string; title: string; file: string; sections: string[]; questions: Record<string, unknown>[] }[];
  problems: { file: string; line: number; severity: string; code: string; message: string }[];
}

/** Runs the real command line the way `npm run check:decks --` does. */
function run(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "src/deck/node/check-decks-cli.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("check:decks command line", () => {
  it("passes the seed with --json: exit 0, only JSON on stdout, 24 questions with the promised fields", () => {
    const { status, stdout } = run("--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.problems).toEqual([]);
    expect(report.decks).toHaveLength(1);
    const [deck] = report.decks;
    expect(deck).toMatchObject({ id: "aws-cloud", title: "AWS and Cloud Interview Q&A", file: "content/aws-cloud.md", dialect: "canonical" });
    expect(deck?.sections).toHaveLength(10);
    expect(deck?.questions).toHaveLength(24);
    expect(Object.keys(deck?.questions[0] ?? {}).sort()).toEqual(
      ["answer", "id", "keyPoints", "kind", "label", "line", "prompt", "section"].sort(),
    );
    expect(deck?.questions[0]).toMatchObject({ id: "aws-cloud/q1", label: "Q1", kind: "concept", line: 23 });
    expect(deck?.questions[23]).toMatchObject({ id: "aws-cloud/s6", label: "S6", kind: "scenario" });
  }, 60_000);

  it("fails broken decks with exit 1 and the problems at their lines", () => {
    const files = ["e012-unclosed-fence.md", "e020-no-answer-marker.md", "e030-duplicate-ids.md", "e001-nul-byte.md", "e050-no-questions.md"];
    const { status, stdout } = run("--json", ...files.map((f) => `${FIXTURES}/${f}`));
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.decks).toEqual([]);
    expect(report.problems.map((p) => `${p.file.replace(`${FIXTURES}/`, "")}:${p.line}:${p.code}:${p.severity}`)).toEqual([
      "e012-unclosed-fence.md:17:E012:error",
      "e020-no-answer-marker.md:10:E020:error",
      "e030-duplicate-ids.md:13:E030:error",
      "e030-duplicate-ids.md:23:E030:error",
      "e001-nul-byte.md:7:E001:error",
      "e050-no-questions.md:1:E050:error",
    ]);
    const e030 = report.problems.find((p) => p.code === "E030");
    expect(e030?.message).toMatch(/line 5.*line 13/);
  }, 60_000);

  it("prints file:line problems and a summary for people", () => {
    const { status, stdout, stderr } = run(`${FIXTURES}/e020-no-answer-marker.md`, "content/aws-cloud.md");
    expect(status).toBe(1);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^tests\/fixtures\/decks\/e020-no-answer-marker\.md:10: error E020: /);
    expect(lines).toContain(
      'content/aws-cloud.md: "AWS and Cloud Interview Q&A" (aws-cloud): 24 questions in 10 sections, 18 concept, 6 scenario',
    );
  }, 60_000);

  it("exits 2 with a message on stderr for a missing file or a bad option", () => {
    const missing = run("--json", "no-such-deck.md");
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain("cannot read no-such-deck.md: no such file");
    const bad = run("--mode", "sloppy");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--mode must be "strict" or "import"');
  }, 60_000);

  it("prints the dialect, the question count and the problems of an imported file", () => {
    const file = `${FIXTURES}/import/warn-w020-mixed.md`;
    const { status, stdout } = run("--mode", "import", file);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^tests\/fixtures\/decks\/import\/warn-w020-mixed\.md:20: warning W020: 2 questions written as/);
    expect(lines).toContain(
      `${file}: "Weather" (warn-w020-mixed): 3 questions in 1 section, 3 concept, 0 scenario, read as the bold-marker dialect (0 errors, 1 warning)`,
    );
    const json = JSON.parse(run("--mode", "import", "--json", file).stdout) as Report & { decks: { dialect: string }[] };
    expect(json.decks[0]?.dialect).toBe("bold-marker");
    expect(json.problems.map((p) => `${p.code}@${p.line}`)).toEqual(["W020@20"]);
  }, 60_000);

  it("reads with --mode import: an unnumbered-marker file passes, fatal ones still fail", () => {
    const ok = run("--mode", "import", "--json", `${FIXTURES}/e020-no-answer-marker.md`);
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Report).decks[0]?.questions).toHaveLength(3);
    const fatal = run("--mode", "import", `${FIXTURES}/e012-unclosed-fence.md`);
    expect(fatal.status).toBe(1);
    expect(fatal.stdout).toContain("e012-unclosed-fence.md:17: error E012:");
  }, 60_000);
});
