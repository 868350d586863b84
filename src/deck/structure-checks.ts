import type { Code, Html, Root } from "mdast";
import { endOffset, startLine, startOffset } from "./node-position.ts";
import type { RawProblem } from "./problem-codes.ts";
import { walkTree } from "./walk-tree.ts";

const FENCE_OPENER = /^(`{3,}|~{3,})/;

/**
 * Whether a fenced code block ran out without its closing fence. The parser ends such a block at
 * the end of its container (the file, a list item, a quote), so its last line is not a fence of
 * the same character at least as long as the opener.
 */
function isUnclosedFence(code: Code, text: string): { fence: string } | null {
  const start = startOffset(code);
  const opener = FENCE_OPENER.exec(text.slice(start, start + 64));
  if (!opener?.[1]) return null; // indented code has no fence
  const fence = opener[1];
  const body = text.slice(start, endOffset(code)).replace(/\n$/, "");
  const lastBreak = body.lastIndexOf("\n");
  if (lastBreak === -1) return { fence };
  // Strip what containers put before the line: indentation of a list item, `>` of a quote.
  const lastLine = body.slice(lastBreak + 1).replace(/^[\s>]*/, "").trimEnd();
  const closer = FENCE_OPENER.exec(lastLine);
  const closes = closer?.[1] !== undefined && closer[1] === lastLine && lastLine[0] === fence[0] && lastLine.length >= fence.length;
  return closes ? null : { fence };
}

const TAG = /<(\/?)(details|summary)\b[^>]*>/gi;

/** Line within an HTML node of the character at `index` of its value. */
function lineWithin(node: Html, index: number): number {
  let line = startLine(node);
  for (let i = node.value.indexOf("\n"); i !== -1 && i < index; i = node.value.indexOf("\n", i + 1)) line += 1;
  return line;
}

/**
 * Problems of the file's structure that swallow what follows them: a code fence never closed
 * (E012, at the opening fence) and a `<details>`, `<summary>` or HTML comment never closed (E013).
 */
export function checkStructure(root: Root, text: string): RawProblem[] {
  const problems: RawProblem[] = [];
  const openTags: { name: string; line: number }[] = [];
  walkTree(root, (node) => {
    if (node.type === "code") {
      const unclosed = isUnclosedFence(node, text);
      if (unclosed) {
        problems.push({
          code: "E012",
          line: startLine(node),
          message: `this code block is never closed, so everything after it reads as code: add a line with ${unclosed.fence} where the code ends`,
        });
      }
      return;
    }
    if (node.type !== "html") return;
    const value = node.value;
    if (/^\s*<!--/.test(value) && !value.includes("-->")) {
      problems.push({
        code: "E013",
        line: startLine(node),
        message: "this HTML comment `<!--` is never closed, so everything after it is hidden: add `-->` where the comment ends",
      });
      return;
    }
    for (const match of value.matchAll(TAG)) {
      const name = (match[2] ?? "").toLowerCase();
      if (match[1] === "/") {
        const index = openTags.findLastIndex((tag) => tag.name === name);
        if (index !== -1) openTags.splice(index, 1);
      } else {
        openTags.push({ name, line: lineWithin(node, match.index) });
      }
    }
  });
  for (const tag of openTags) {
    problems.push({
      code: "E013",
      line: tag.line,
      message: `this <${tag.name}> is never closed: add </${tag.name}> where it ends`,
    });
  }
  return problems;
}
