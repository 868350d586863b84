import { describe, expect, it } from "vitest";
import { compileForImport, linesOf } from "../../src/features/decks/import/compile-for-import.ts";
import {
  checkImportContent,
  checkImportFile,
  checkPastedText,
  formatFileSize,
  MAX_IMPORT_BYTES,
  pastedFileName,
} from "../../src/features/decks/import/import-file-check.ts";

describe("what the import refuses before compiling", () => {
  it("takes text files up to 5 MB by extension or type, and a file with no type", () => {
    for (const file of [
      { name: "notes.md", type: "text/markdown" },
      { name: "NOTES.MARKDOWN", type: "application/octet-stream" },
      { name: "notes.txt", type: "text/plain" },
      { name: "README", type: "" },
      { name: "notes.rst", type: "text/x-rst" },
      { name: "notes", type: "application/x-markdown" },
    ]) {
      expect(checkImportFile({ ...file, size: MAX_IMPORT_BYTES }), file.name).toEqual({ ok: true, value: undefined });
    }
  });

  it("refuses a file over 5 MB and a file whose type is not text, saying which and why", () => {
    expect(checkImportFile({ name: "big.md", type: "text/markdown", size: MAX_IMPORT_BYTES + 1 })).toEqual({
      ok: false,
      error: "“big.md” is over 5 MB; Rehearse imports decks of up to 5 MB. Split it into smaller files and import each one.",
    });
    expect(checkImportFile({ name: "big.md", type: "", size: 7.34 * 1024 * 1024 })).toMatchObject({
      error: expect.stringMatching(/^“big\.md” is 7\.3 MB;/),
    });
    expect(checkImportFile({ name: "deck.pdf", type: "application/pdf", size: 1000 })).toEqual({
      ok: false,
      error:
        "“deck.pdf” is not a text file (its type is application/pdf). Rehearse imports decks written in Markdown or plain text: .md, .markdown or .txt files.",
    });
  });

  it("refuses content with a NUL byte in its first 8 KB", () => {
    expect(checkImportContent("a.md", new TextEncoder().encode("# Fine\n"))).toEqual({ ok: true, value: undefined });
    expect(checkImportContent("a.md", new Uint8Array([35, 0, 1]))).toMatchObject({ ok: false, error: expect.stringContaining("binary data") });
    const late = new Uint8Array(9000).fill(65);
    late[8999] = 0;
    expect(checkImportContent("a.md", late)).toEqual({ ok: true, value: undefined }); // left to the compiler (E001 with its line)
  });

  it("measures pasted text in UTF-8 bytes", () => {
    expect(checkPastedText("é".repeat(MAX_IMPORT_BYTES / 2))).toEqual({ ok: true, value: undefined });
    expect(checkPastedText(`${"é".repeat(MAX_IMPORT_BYTES / 2)}x`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The pasted text is over 5 MB;/),
    });
  });

  it("names pasted text after the name typed, or pasted-deck.md", () => {
    expect(pastedFileName("")).toBe("pasted-deck.md");
    expect(pastedFileName("  ")).toBe("pasted-deck.md");
    expect(pastedFileName("my notes")).toBe("my notes.md");
    expect(pastedFileName("ops.txt")).toBe("ops.txt");
    expect(pastedFileName("../etc/passwd")).toBe("..-etc-passwd.md");
  });

  it("formats sizes as people read them", () => {
    expect([formatFileSize(900), formatFileSize(2048), formatFileSize(5 * 1024 * 1024), formatFileSize(5.25 * 1024 * 1024)]).toEqual([
      "900 bytes",
      "2 KB",
      "5 MB",
      "5.3 MB",
    ]);
  });
});

describe("the lines the review step shows beside problems", () => {
  it("counts LF, CRLF and CR as one break each, as the compiler does", () => {
    expect(linesOf("one\r\ntwo\rthree\nfour", new Set([1, 2, 3, 4, 9]))).toEqual({ 1: "one", 2: "two", 3: "three", 4: "four" });
  });

  it("shows bytes that are not UTF-8 and NUL visibly, drops a BOM, and cuts long lines", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0x42, 0xff, 0x00, 0x0a, ...new TextEncoder().encode("x".repeat(300))]);
    const lines = linesOf(bytes, new Set([1, 2, 3]));
    expect(lines[1]).toBe("A");
    expect(lines[2]).toBe("B\uFFFD\u2400");
    expect(lines[3]).toBe(`${"x".repeat(240)}…`);
  });

  it("pairs every problem of a compiled file with its line", () => {
    const { result, lineTexts } = compileForImport("# T\n\n## S\n\n### Q1: One?\n\n**Answer:** Yes.\n\n### Q3: Three?\n\n**Answer:** Yes.\n", "t.md");
    expect(result.deck?.questions).toHaveLength(2);
    expect(result.problems.map((p) => p.line)).toEqual([9]);
    expect(lineTexts).toEqual({ 9: "### Q3: Three?" });
  });
});
