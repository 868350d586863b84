import type { Heading, RootContent } from "mdast";
import { answerMarkerEnd } from "../answer-marker.ts";
import type { CompileMode } from "../deck-types.ts";
import { endOffset, startLine, startOffset } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import type { RawProblem } from "../problem-codes.ts";
import { QUESTION_NUMBER, isProseTitle, stripNumbering } from "../prompt-text.ts";
import { sliceWithoutCuts } from "../source-slice.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";

interface HeadingInfo {
  node: Heading;
  text: string;
  prefix?: "Q" | "S";
  number?: number;
  /** An answer marker follows before the next heading. */
  hasMarker: boolean;
}

interface OpenQuestion {
  info: HeadingInfo;
  section: SectionRef | null;
  before: RootContent[];
  marker?: { block: RootContent; end: number };
  answer: RootContent[];
}

/**
 * What each heading holds. In import mode an unnumbered heading counts as marked only when the
 * marker is the first thing under it: in `## Topic` / `**Q:** …` / `**A:** …` the heading is a
 * topic of the bold-marker dialect, not a canonical question.
 */
function readHeadings(blocks: readonly RootContent[], noise: DeckTree["noise"], mode: CompileMode): Map<RootContent, HeadingInfo> {
  const infos = new Map<RootContent, HeadingInfo>();
  let last: HeadingInfo | undefined;
  let sawText = false;
  for (const block of blocks) {
    if (noise.has(block)) continue;
    if (block.type === "heading") {
      const text = plainText(block);
      const match = QUESTION_NUMBER.exec(text);
      last = { node: block, text, hasMarker: false };
      sawText = false;
      if (match) {
        last.prefix = (match[1] ?? "Q").toUpperCase() as "Q" | "S";
        last.number = Number(match[2]);
        last.text = text.slice(match[0].length);
      }
      infos.set(block, last);
    } else if (last && !last.hasMarker) {
      if (answerMarkerEnd(block) !== null && (mode === "strict" || !sawText)) last.hasMarker = true;
      else if (isVisible(block)) sawText = true;
    }
  }
  return infos;
}

/** The heading level of the file's questions: where most numbered ones sit, else most marked ones. */
function questionLevel(infos: Iterable<HeadingInfo>): number {
  const numbered = [0, 0, 0, 0, 0, 0, 0];
  const marked = [0, 0, 0, 0, 0, 0, 0];
  for (const info of infos) {
    if (info.node.depth < 2 || info.node.depth > 4) continue;
    if (info.prefix) numbered[info.node.depth] = (numbered[info.node.depth] ?? 0) + 1;
    else if (info.hasMarker) marked[info.node.depth] = (marked[info.node.depth] ?? 0) + 1;
  }
  const pick = (counts: number[]) => {
    let best = 0;
    for (let depth = 2; depth <= 4; depth += 1) if ((counts[depth] ?? 0) > (counts[best] ?? 0)) best = depth;
    return best;
  };
  return pick(numbered) || pick(marked) || 3;
}

/** Whether a block holds something a reader would see (an HTML comment does not). */
function isVisible(block: RootContent): boolean {
  return !(block.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(block.value));
}

/**
 * The canonical dialect (the seed's): `## Section`, `### Q1: …` / `### S1: …`, `**Answer:**`, the
 * answer running to a `---` rule, the next heading at the question level or above, or the end
 * (as DECK-FORMAT.md says; text after a rule and before the next question is in no answer, which
 * import mode reports as W022).
 * Question headings may sit at `##`–`####`. In import mode a numbered question needs no marker:
 * everything under its heading is the answer.
 */
export const canonicalRecognizer: Recognizer = {
  dialect: "canonical",
  recognize(tree: DeckTree, mode: CompileMode): Recognition {
    const { blocks, text, cuts, noise, title } = tree;
    const problems: RawProblem[] = [];
    const questions: QuestionCandidate[] = [];
    const infos = readHeadings(blocks, noise, mode);
    const level = questionLevel(infos.values());
    /** Import mode leaves noise (a back-to-top link, a comment) out of the answer text. */
    const answerText = (start: number, end: number) => sliceWithoutCuts(text, cuts, start, end).trim();
    const shown = (block: RootContent) => isVisible(block) && !noise.has(block);

    const isQuestion = (info: HeadingInfo) =>
      (info.prefix !== undefined && info.node.depth >= 2 && info.node.depth <= 4) ||
      (info.node.depth === level && info.hasMarker);
    const isSection = (info: HeadingInfo) =>
      level > 2 ? info.node.depth >= 2 && info.node.depth < level : info.node.depth === 1 && info.node !== title;

    let section: SectionRef | null = null;
    let open: OpenQuestion | null = null;
    /** Whether the current section has a question yet: prose headings before it are fine. */
    let sectionHasQuestions = false;

    const close = () => {
      if (!open) return;
      const { info, marker, before } = open;
      const heading = info.node;
      const line = startLine(heading);
      const label = `${info.prefix ?? ""}${info.number ?? ""}` || "this question";
      let answer: string | null;
      let answerBlocks: RootContent[];
      let answerLine = line;
      let promptDetail = "";
      if (marker) {
        answerBlocks = open.answer;
        answerLine = startLine(marker.block);
        const last = answerBlocks.at(-1) ?? marker.block;
        answer = answerText(marker.end, endOffset(last));
        const stray = before.find(shown);
        if (stray && mode === "import") {
          // Import mode: text between the heading and **Answer:** is the rest of the question
          // (its options, a snippet), as an exported deck writes a question of several paragraphs.
          promptDetail = answerText(endOffset(heading), startOffset(marker.block));
        } else if (stray) {
          problems.push({
            code: "W006",
            line: startLine(stray),
            message: `text between ${label}'s heading and its **Answer:** line is not shown anywhere; move it into the heading or below **Answer:**`,
          });
        }
      } else if (mode === "import") {
        answerBlocks = before;
        const last = before.at(-1);
        answer = last ? answerText(endOffset(heading), endOffset(last)) : "";
      } else {
        answerBlocks = [];
        answer = null;
        problems.push({
          code: "E020",
          line,
          message: `${label} has no answer: add a line \`**Answer:**\` under its heading, followed by the answer`,
        });
      }
      if (!section) {
        problems.push({
          code: "E040",
          line,
          message: `${label} comes before any section: add a \`${"#".repeat(Math.max(1, level - 1))} Section title\` heading above it to say which topic it belongs to`,
        });
      }
      const candidate: QuestionCandidate = {
        promptNode: heading,
        line,
        // Import mode reads `### 12. What…?` (with an **Answer:** line) as "What…?".
        prompt: mode === "import" && !info.prefix ? stripNumbering(info.text) : info.text,
        section,
        answer,
        answerLine,
        answerBlocks: noise.size > 0 ? answerBlocks.filter((b) => !noise.has(b)) : answerBlocks,
        blocks: [heading, ...before, ...(marker ? [marker.block] : []), ...open.answer],
      };
      if (promptDetail) candidate.promptDetail = promptDetail;
      if (info.prefix) {
        candidate.prefix = info.prefix;
        candidate.number = info.number ?? 0;
      }
      questions.push(candidate);
      open = null;
    };

    for (const block of blocks) {
      if (tree.metadata.has(block)) continue;
      if (noise.has(block)) {
        // Kept with the question (an `<!-- id: … -->` comment names it), left out of its text.
        if (open) (open.marker ? open.answer : open.before).push(block);
        continue;
      }
      if (block.type === "heading") {
        const info = infos.get(block) as HeadingInfo;
        if (isQuestion(info)) {
          close();
          if (info.node.depth !== level) {
            problems.push({
              code: "W004",
              line: startLine(block),
              message: `this question is a level-${info.node.depth} heading while the others are level ${level}; use \`${"#".repeat(level)} \` like the rest`,
            });
          }
          open = { info, section, before: [], answer: [] };
          sectionHasQuestions = true;
          continue;
        }
        if (open && block.depth > open.info.node.depth) {
          (open.marker ? open.answer : open.before).push(block);
          continue;
        }
        close();
        if (isSection(info) || block.depth === 1) {
          section = isSection(info) ? { title: info.text, line: startLine(block) } : null;
          sectionHasQuestions = false;
        } else if (
          block.depth === level &&
          sectionHasQuestions &&
          info.prefix === undefined &&
          // A person's own file may end with "## License" or "## References": prose, meant to be skipped.
          !(mode === "import" && isProseTitle(info.text))
        ) {
          problems.push({
            code: "W005",
            line: startLine(block),
            message: `"${info.text}" is a level-${level} heading like the questions but has no number (Q1:, S1:) and no **Answer:** line, so it ends the answer above and its text is skipped; make it a level-${level + 1} heading to keep it in that answer, or turn it into a question`,
          });
        }
        if (info.prefix !== undefined) {
          problems.push({
            code: "W004",
            line: startLine(block),
            message: `"${info.prefix}${info.number}" looks like a question but is a level-${block.depth} heading, so it is skipped; use \`${"#".repeat(level)} \` for questions`,
          });
        }
        continue;
      }
      if (block.type === "thematicBreak") {
        close();
        continue;
      }
      const markerEnd = answerMarkerEnd(block);
      if (markerEnd !== null) {
        if (open && !open.marker) {
          open.marker = { block, end: markerEnd };
          continue;
        }
        problems.push({
          code: "E022",
          line: startLine(block),
          message: open
            ? `a second **Answer:** line for the question at line ${startLine(open.info.node)}: add the missing question heading above it, or remove this line`
            : "this **Answer:** line has no question before it: add a question heading such as `### Q1: …` above it",
        });
      }
      if (open) (open.marker ? open.answer : open.before).push(block);
    }
    close();
    return { dialect: "canonical", questions, problems };
  },
};
