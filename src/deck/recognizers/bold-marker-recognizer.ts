import type { Paragraph, RootContent } from "mdast";
import { answerWithin } from "../answer-source.ts";
import { endOffset, startLine, startOffset } from "../node-position.ts";
import type { RawProblem } from "../problem-codes.ts";
import { inlineSourceText, readPrompt } from "../prompt-text.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";
import { sectionAfter } from "./section-tracker.ts";

/** `**Q:**`, `**Q1.**`, `**Question:**`, `**Q**:`, `Q:`, `Q1:`, `Q1.`, `Question 3:` at a line start. */
const QUESTION_MARKERS = [
  /^[ \t]*(\*\*|__)[ \t]*(?:Q|Question)[ \t]*#?\d{0,6}[ \t]*[:.)](?:[ \t]*\1)?[ \t]*/i,
  /^[ \t]*(\*\*|__)[ \t]*(?:Q|Question)[ \t]*#?\d{0,6}[ \t]*\1[ \t]*[:.)][ \t]*/i,
  /^[ \t]*(?:Q|Question)[ \t]*#?\d{0,6}[ \t]*:[ \t]*/i,
  /^[ \t]*Q[ \t]*\d{0,6}[ \t]*[.)][ \t]+/i,
];

/** `**A:**`, `**Answer:**`, `**A**:`, `**Answer**`, `A:`, `Ans:`, `Answer:` at a line start. */
const ANSWER_MARKERS = [
  /^[ \t]*(\*\*|__)[ \t]*(?:A|Ans|Answer)[ \t]*[:.)](?:[ \t]*\1)?[ \t]*/i,
  /^[ \t]*(\*\*|__)[ \t]*(?:A|Ans|Answer)[ \t]*\1(?:[ \t]*[:.)])?[ \t]*/i,
  /^[ \t]*(?:A|Ans|Answer)[ \t]*:[ \t]*/i,
];

function markerLength(line: string, markers: readonly RegExp[]): number {
  for (const marker of markers) {
    const match = marker.exec(line);
    if (match) return match[0].length;
  }
  return -1;
}

interface OpenQuestion {
  paragraph: Paragraph;
  line: number;
  section: SectionRef | null;
  /** Source of the question's text (the marker line and the lines after it in its paragraph). */
  promptSource: string;
  /** Still in the question's paragraph, before any answer marker. */
  readingPrompt: boolean;
  promptEnd: number;
  answerStart: number | null;
  answerLine: number;
  /** Where the last line or block of the question ends. */
  end: number;
  blocks: RootContent[];
  /** The first thing between the question and its answer marker, which is shown nowhere. */
  stray: { line: number } | null;
}

/**
 * The bold-marker dialect: `**Q:** question` / `**A:** answer` lines (or `Q1:` / `Answer:`), the
 * answer running to the next question marker, heading or rule. Markers are read line by line, so
 * a question and its answer may share a paragraph.
 */
export const boldMarkerRecognizer: Recognizer = {
  dialect: "bold-marker",
  recognize(tree: DeckTree): Recognition {
    const { text } = tree;
    const questions: QuestionCandidate[] = [];
    const problems: RawProblem[] = [];
    let section: SectionRef | null = null;
    let open: OpenQuestion | null = null;

    const close = () => {
      if (!open) return;
      const start = open.answerStart ?? open.promptEnd;
      const end = Math.max(open.end, start);
      const inside = open.blocks.filter((b) => startOffset(b) >= start && endOffset(b) <= end);
      const parts = answerWithin(tree, { start, end, blocks: inside, line: open.answerStart === null ? open.line : open.answerLine });
      if (open.answerStart !== null && open.stray) {
        problems.push({
          code: "W006",
          line: open.stray.line,
          message: `text between the question at line ${open.line} and its answer marker is not shown anywhere; move it into the question's line or below the answer marker`,
        });
      }
      questions.push({
        promptNode: open.paragraph,
        line: open.line,
        ...readPrompt(inlineSourceText(open.promptSource)),
        section: open.section,
        ...parts,
        answerLine: open.answerStart === null ? parts.answerLine : open.answerLine,
        blocks: open.blocks,
      });
      open = null;
    };

    const keep = (question: OpenQuestion, block: RootContent) => {
      if (question.blocks.at(-1) !== block) question.blocks.push(block);
    };

    const readParagraph = (paragraph: Paragraph) => {
      const first = startOffset(paragraph);
      const source = text.slice(first, endOffset(paragraph));
      let lineStart = 0;
      let line = startLine(paragraph);
      while (lineStart <= source.length) {
        const lineEnd = source.indexOf("\n", lineStart) === -1 ? source.length : source.indexOf("\n", lineStart);
        const content = source.slice(lineStart, lineEnd);
        const at = first + lineStart;
        const question = markerLength(content, QUESTION_MARKERS);
        const answer = question === -1 ? markerLength(content, ANSWER_MARKERS) : -1;
        if (question !== -1) {
          close();
          open = {
            paragraph,
            line,
            section,
            promptSource: content.slice(question),
            readingPrompt: true,
            promptEnd: first + lineEnd,
            answerStart: null,
            answerLine: line,
            end: first + lineEnd,
            blocks: [paragraph],
            stray: null,
          };
        } else if (answer !== -1 && open && open.answerStart === null) {
          open.answerStart = at + answer;
          open.answerLine = line;
          open.readingPrompt = false;
          open.end = first + lineEnd;
          keep(open, paragraph);
        } else if (answer !== -1) {
          problems.push({
            code: "E022",
            line,
            message: open
              ? `a second answer marker for the question at line ${open.line}: add the missing question line (such as **Q:** …) above it, or remove this marker`
              : "this answer marker has no question before it: add a question line such as **Q:** … above it",
          });
          if (open) open.end = first + lineEnd;
        } else if (open) {
          if (open.readingPrompt) {
            open.promptSource += ` ${content}`;
            open.promptEnd = first + lineEnd;
          } else {
            if (open.answerStart === null && open.stray === null && content.trim() !== "") open.stray = { line };
            open.end = first + lineEnd;
            keep(open, paragraph);
          }
        }
        lineStart = lineEnd + 1;
        line += 1;
      }
      if (open) open.readingPrompt = false;
    };

    for (const block of tree.blocks) {
      if (tree.metadata.has(block)) continue;
      const current = open as OpenQuestion | null;
      if (tree.noise.has(block)) {
        if (current) keep(current, block);
        continue;
      }
      if (block.type === "heading" || block.type === "thematicBreak") {
        close();
        section = sectionAfter(block, tree, section);
        continue;
      }
      if (block.type === "paragraph") {
        readParagraph(block);
        continue;
      }
      if (current) {
        if (current.answerStart === null && current.stray === null) current.stray = { line: startLine(block) };
        current.end = endOffset(block);
        keep(current, block);
      }
    }
    close();
    return { dialect: "bold-marker", questions, problems };
  },
};
