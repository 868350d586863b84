import { describe, expect, it } from "vitest";
import { checkDecks, type CheckDecksIo } from "../../src/deck/node/check-decks.ts";

const GOOD = "# Good\n\n## Basics\n\n### Q1: What?\n\n**Answer:** This.\n\n**Key Points:**\n- one\n";
const WARNS = "# Warns\n\n## Basics\n\n### Q2: Gap?\n\n**Answer:** Yes.\n";
const BROKEN = "# Broken\n\n## Basics\n\n### Q1: No answer?\n\nJust text.\n";

/** An in-memory file system: paths to file contents. */
function memoryIo(files: Record<string, string>): CheckDecksIo {
  return {
    readFile: (path) => (path in files ? { bytes: new TextEncoder().encode(files[path]) } : { error: "no such file" }),
    listMarkdown: (dir) => {
      const names = Object.keys(files)
        .filter((p) => p.startsWith(`${dir}/`) && p.endsWith(".md"))
        .map((p) => p.slice(dir.length + 1));
      return names.length > 0 ? names : undefined;
    },
  };
}

const io = memoryIo({ "content/good.md": GOOD, "content/b-warns.md": WARNS, "decks/broken.md": BROKEN });

describe("checkDecks", () => {
  it("checks every content/*.md in strict mode by default, one summary line per deck", () => {
    const outcome = checkDecks([], io);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe("");
    expect(outcome.stdout.trimEnd().split("\n")).toEqual([
      "content/b-warns.md:5: warning W001: Q2 is the first Q question, so Q1 is missing: renumber the questions or add the missing ones",
      'content/b-warns.md: "Warns" (b-warns): 1 question in 1 section, 1 concept, 0 scenario (0 errors, 1 warning)',
      'content/good.md: "Good" (good): 1 question in 1 section, 1 concept, 0 scenario',
    ]);
  });

  it("fails with exit 1 and file:line problems when a deck has an error", () => {
    const outcome = checkDecks(["decks/broken.md", "content/good.md"], io);
    expect(outcome.exitCode).toBe(1);
    const lines = outcome.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^decks\/broken\.md:5: error E020: Q1 has no answer/);
    expect(lines).toContain("decks/broken.md: refused (1 error, 0 warnings)");
  });

  it("prints only JSON with --json, in the promised shape", () => {
    const outcome = checkDecks(["--json", "content/good.md", "decks/broken.md"], io);
    expect(outcome.exitCode).toBe(1);
    const report = JSON.parse(outcome.stdout) as { decks: unknown[]; problems: unknown[] };
    expect(report).toEqual({
      decks: [
        {
          id: "good",
          title: "Good",
          file: "content/good.md",
          dialect: "canonical",
          sections: ["Basics"],
          questions: [
            {
              id: "good/q1",
              label: "Q1",
              kind: "concept",
              section: "Basics",
              prompt: "What?",
              answer: "This.\n\n**Key Points:**\n- one",
              keyPoints: ["one"],
              line: 5,
            },
          ],
        },
      ],
      problems: [
        {
          file: "decks/broken.md",
          line: 5,
          severity: "error",
          code: "E020",
          message: expect.stringContaining("Q1 has no answer") as unknown,
        },
      ],
    });
  });

  it("reads a person's file leniently with --mode import", () => {
    for (const args of [["--mode", "import"], ["--mode=import"]]) {
      const outcome = checkDecks([...args, "--json", "decks/broken.md"], io);
      expect(outcome.exitCode).toBe(0);
      const report = JSON.parse(outcome.stdout) as { decks: { questions: { answer: string }[] }[] };
      expect(report.decks[0]?.questions[0]?.answer).toBe("Just text.");
    }
  });

  it("names the dialect each file was read in with --mode import, in the summary and the JSON", () => {
    const files = memoryIo({
      "mine/details.md": "# Mine\n\n## Tyres\n\n<details>\n<summary>Why pump tyres?</summary>\n\nGrip.\n\n</details>\n",
      "mine/marks.md": "# Marks\n\n**Q:** Why rest dough?\n**A:** Gluten relaxes.\n\n**Q:** Why salt pasta water?\n**A:** Flavour.\n",
    });
    const outcome = checkDecks(["--mode", "import", "mine/details.md", "mine/marks.md"], files);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout.trimEnd().split("\n")).toEqual([
      'mine/details.md: "Mine" (details): 1 question in 1 section, 1 concept, 0 scenario, read as the details dialect',
      'mine/marks.md: "Marks" (marks): 2 questions in 1 section, 2 concept, 0 scenario, read as the bold-marker dialect',
    ]);
    const report = JSON.parse(checkDecks(["--mode", "import", "--json", "mine/details.md", "mine/marks.md"], files).stdout) as {
      decks: { dialect: string; questions: unknown[] }[];
    };
    expect(report.decks.map((d) => [d.dialect, d.questions.length])).toEqual([
      ["details", 1],
      ["bold-marker", 2],
    ]);
  });

  it("does not name the dialect in strict mode, where it is always canonical", () => {
    expect(checkDecks(["content/good.md"], io).stdout).not.toContain("dialect");
  });

  it.each([
    [["--mode"], /--mode must be "strict" or "import"/],
    [["--mode", "lenient"], /not "lenient"/],
    [["--verbose"], /unknown option --verbose/],
  ])("exits 2 with usage on stderr for %j", (args, message) => {
    const outcome = checkDecks(args, io);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).toContain("Usage: npm run check:decks");
  });

  it("exits 2 naming a missing file, without checking the others", () => {
    const outcome = checkDecks(["--json", "content/good.md", "nope.md"], io);
    expect(outcome).toEqual({ exitCode: 2, stdout: "", stderr: "check:decks: cannot read nope.md: no such file\n" });
  });

  it("exits 2 when there is nothing to check", () => {
    expect(checkDecks([], memoryIo({})).exitCode).toBe(2);
  });

  it("treats arguments after -- as files and prints usage for --help", () => {
    expect(checkDecks(["--", "--json"], io).stderr).toContain("cannot read --json");
    const help = checkDecks(["--help"], io);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain("--mode import");
  });
});
