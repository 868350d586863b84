import type { Heading, RootContent } from "mdast";
import { answerWithin } from "../answer-source.ts";
import { describeLines } from "../import-report.ts";
import { endOffset, startLine } from "../node-position.ts";
import { plainText } from "../plain-text.ts";
import type { RawProblem } from "../problem-codes.ts";
import { ANSWER_LABEL, isProseTitle, isTocTitle, questionScore, readPrompt } from "../prompt-text.ts";
import type { DeckTree, QuestionCandidate, Recognition, Recognizer, SectionRef } from "./recognizer-types.ts";
import { rulesEndingAnswers } from "./rule-endings.ts";
import { sectionOf } from "./section-tracker.ts";

interface HeadingText {
  text: string;
  score: 0 | 1 | 2;
}

/**
 * The heading level of the file's questions: the level (2–6) whose headings read most like
 * questions (`?`, an asking word, numbering); the shallower on a tie. 0 when none does.
 */
function questionLevel(headings: ReadonlyMap<Heading, HeadingText>): number {
  const scores = [0, 0, 0, 0, 0, 0, 0];
  for (const [heading, { score }] of headings) {
    if (heading.depth >= 2) scores[heading.depth] = (scores[heading.depth] ?? 0) + score;
  }
  let best = 0;
  for (let depth = 2; depth <= 6; depth += 1) if ((scores[depth] ?? 0) > (scores[best] ?? 0)) best = depth;
  return best;
}

/**
 * Headings the heading dialect reads as questions though they do not look like one, found in one
 * pass from the end of the file:
 * - `topics`: headings at the question level that do not read as questions (`### HA Web App
 *   Design`) but have an answer below them, in a file where most headings at that level are
 *   questions. Reported (W023).
 * - `unanswered`: headings below the question level that read as questions (`#### What about
 *   X?`) with nothing under them but noise (a `ToDo`) before the next question or the end of the
 *   file: a question with no answer yet, never a part of the answer above (E021 says so).
 */
function headingsByContent(tree: DeckTree, headings: ReadonlyMap<Heading, HeadingText>, level: number) {
  // Per part of the file under one section heading (shallower than the question level): whether a
  // real question heading is among its headings, and how many of them are not questions.
  const groupOf = new Map<Heading, number>();
  const questionGroups = new Set<number>();
  let group = 0;
  let questionsAtLevel = 0;
  let othersAtLevel = 0;
  for (const [heading, info] of headings) {
    if (heading.depth < level) group += 1;
    groupOf.set(heading, group);
    if (heading.depth !== level || isProseTitle(info.text)) continue;
    if (info.score > 0) {
      questionsAtLevel += 1;
      questionGroups.add(group);
    } else othersAtLevel += 1;
  }
  const mostlyQuestions = questionsAtLevel > othersAtLevel;
  const topics: Heading[] = [];
  const unanswered = new Set<Heading>();
  // What comes next below the current block: the end of the file, text, or a heading of that depth.
  let next: "end" | "content" | number = "end";
  for (let i = tree.blocks.length - 1; i >= 0; i -= 1) {
    const block = tree.blocks[i] as RootContent;
    if (tree.noise.has(block) || tree.metadata.has(block) || block.type === "thematicBreak") continue;
    if (block.type !== "heading") {
      next = "content";
      continue;
    }
    const info = headings.get(block);
    if (info && block !== tree.title) {
      const answered = next === "content" || (typeof next === "number" && next > block.depth);
      const amongQuestions = mostlyQuestions && questionGroups.has(groupOf.get(block) ?? -1);
      if (block.depth === level && info.score === 0 && answered && amongQuestions && !isProseTitle(info.text) && !isTocTitle(info.text)) topics.push(block);
      // Only at the end of an answer (a question heading or the end of the file next): a heading
      // followed by a sibling heading with text is a sub-heading of the answer, however it reads.
      else if (block.depth > level && info.score === 2 && (next === "end" || (typeof next === "number" && next <= level))) unanswered.add(block);
    }
    next = block.depth;
  }
  return { topics: new Set(topics.reverse()), unanswered };
}

/**
 * The heading dialect: questions are headings at the file's question level (numbering such as
 * `Q12:`, `12.`, `Question 12:` or `1️⃣` stripped), answers the blocks below them up to the next
 * heading at that level or above; deeper headings belong to the answer. A `---` rule ends the
 * answer only when such a heading (or the end of the file) follows it; otherwise it is a divider
 * inside the answer. A heading at the question level is a question when it reads like one (a `?`,
 * an asking word, a number); others end the answer above and are skipped: prose titles (Overview,
 * Summary…) silently, the rest listed in `passedOver` so the import report names them.
 */
export const headingRecognizer: Recognizer = {
  dialect: "heading",
  recognize(tree: DeckTree): Recognition {
    const { blocks, noise, title } = tree;
    const headings = new Map<Heading, HeadingText>();
    for (const block of blocks) {
      if (block.type !== "heading" || noise.has(block)) continue;
      const text = plainText(block);
      headings.set(block, { text, score: questionScore(text) });
    }
    const level = questionLevel(headings);
    const questions: QuestionCandidate[] = [];
    const passedOver: RootContent[] = [];
    const problems: RawProblem[] = [];
    if (level === 0) return { dialect: "heading", questions, problems, passedOver };
    const ruleEndings = rulesEndingAnswers(tree, (heading) => heading.depth <= level);
    const { topics, unanswered } = headingsByContent(tree, headings, level);

    let section: SectionRef | null = null;
    let open: { heading: Heading; text: string; section: SectionRef | null; blocks: RootContent[] } | null = null;

    const close = () => {
      if (!open) return;
      const { heading, text } = open;
      const line = startLine(heading);
      const after = open.blocks;
      const parts = answerWithin(tree, {
        start: endOffset(heading),
        end: after.length > 0 ? endOffset(after.at(-1) as RootContent) : endOffset(heading),
        blocks: after,
        line,
      });
      questions.push({
        promptNode: heading,
        line,
        ...readPrompt(text),
        section: open.section,
        ...parts,
        blocks: [heading, ...after],
      });
      open = null;
    };

    const isQuestion = (heading: Heading, info: HeadingText) =>
      (heading.depth === level && info.score > 0 && !isTocTitle(info.text) && !ANSWER_LABEL.test(info.text)) ||
      topics.has(heading) ||
      unanswered.has(heading);
    const isSection = (heading: Heading) =>
      level > 2 ? heading.depth >= 2 && heading.depth < level : heading.depth === 1 && heading !== title;

    for (const block of blocks) {
      if (tree.metadata.has(block)) continue;
      if (noise.has(block)) {
        open?.blocks.push(block);
        continue;
      }
      if (block.type === "heading") {
        const info = headings.get(block) as HeadingText;
        if (isQuestion(block, info)) {
          close();
          open = { heading: block, text: info.text, section, blocks: [] };
          continue;
        }
        if (open && block.depth > level) {
          open.blocks.push(block);
          continue;
        }
        close();
        if (isSection(block)) section = sectionOf(block, info.text, section);
        else if (block.depth < level) section = null;
        else if (block.depth === level && !isProseTitle(info.text)) passedOver.push(block);
        continue;
      }
      if (block.type === "thematicBreak") {
        if (open && !ruleEndings.has(block)) open.blocks.push(block);
        else close();
        continue;
      }
      open?.blocks.push(block);
    }
    close();
    const topicLines = [...topics].map((heading) => startLine(heading));
    const first = topicLines[0];
    if (first !== undefined) {
      const count = topicLines.length;
      problems.push({
        code: "W023",
        line: first,
        message:
          `${count === 1 ? "the heading" : `${count} headings`} at ${describeLines(topicLines.map((line) => ({ start: line, end: line })))} ` +
          `${count === 1 ? "does" : "do"} not read as a question (no "?", no asking word, no number) but ${count === 1 ? "has" : "have"} an answer below, ` +
          `and most headings at that level are questions, so ${count === 1 ? "it is" : "they are"} read as ${count === 1 ? "a question" : "questions"}: ` +
          `reword ${count === 1 ? "it" : "them"} as a question, or make ${count === 1 ? "it" : "them"} a level deeper to keep the text in the answer above`,
      });
    }
    return { dialect: "heading", questions, problems, passedOver };
  },
};
