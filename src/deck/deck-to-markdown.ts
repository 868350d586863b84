import { stringify } from "yaml";
import type { Deck, Question } from "./deck-types.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { walkTree } from "./walk-tree.ts";

/**
 * Escapes what would read as Markdown in a line of plain text (a prompt, a title), so the
 * compiler reads back the same words: emphasis, code, links, HTML, entities, a closing `#` run.
 */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, "\\$&")
    .replace(/<(?=[A-Za-z/!?])/g, "\\<")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/(^|\s)(#+)$/, "$1\\$2");
}

/**
 * The deepest level questions can sit at so that no heading inside an answer ends it: `###`
 * unless an answer holds a `###` (or shallower) heading, then `##` with sections as `#`.
 */
function questionLevel(questions: readonly Question[]): 2 | 3 {
  for (const question of questions) {
    if (!question.answer.includes("#") && !question.answer.includes("\n-") && !question.answer.includes("\n=")) continue;
    let shallow = false;
    walkTree(parseMarkdown(question.answer), (node) => {
      if (node.type === "heading" && node.depth <= 3) shallow = true;
    });
    if (shallow) return 2;
  }
  return 3;
}

const HTML_CLOSERS: readonly [RegExp, string][] = [
  [/^<!--/, "-->"],
  [/^<(pre|script|style|textarea)\b/i, ""],
  [/^<\?/, "?>"],
  [/^<!\[CDATA\[/, "]]>"],
  [/^<![A-Za-z]/, ">"],
];

/**
 * The answer, closed when it would run on over the `---` after it: a fence or an HTML block never
 * closed (text taken from inside a `<details>` block may hold one) would swallow the questions
 * that follow. Other answers come back unchanged.
 */
function closedAnswer(answer: string): string {
  if (!/`{3}|~{3}|<[!?a-zA-Z]/.test(answer)) return answer;
  const tail = `\n\n---\n`;
  const last = parseMarkdown(`${answer}${tail}`).children.at(-1);
  if (!last || last.type === "thematicBreak") return answer;
  const start = last.position?.start.offset ?? 0;
  const opening = answer.slice(start, start + 64);
  if (last.type === "code") {
    const fence = /^[ \t]*(`{3,}|~{3,})/.exec(opening)?.[1];
    return fence ? `${answer}\n${fence}` : answer;
  }
  if (last.type === "html") {
    for (const [pattern, closer] of HTML_CLOSERS) {
      const match = pattern.exec(opening.trimStart());
      if (match) return `${answer}\n${closer || `</${match[1] ?? "pre"}>`}`;
    }
  }
  return answer;
}

/**
 * A deck as canonical Markdown (DECK-FORMAT.md): front matter with its id (and title,
 * description, tags), `# title`, a `## section` per topic, questions numbered per kind in order
 * (`### Q1:` concepts, `### S1:` scenarios), each answer after `**Answer:**` and closed by `---`.
 * A question whose id is not the one its new number gives keeps it with `<!-- id: … -->`, so
 * importing the file again keeps the progress made on the deck.
 *
 * An answer holding a rule (`---`) at its top level (the heading dialect allows one) cannot be written
 * this way: in the canonical dialect the rule ends the answer, and a re-import reports the rest (W022).
 * One that leaves a fence or HTML block open gets it closed, so it cannot swallow the rest.
 */
export function deckToMarkdown(deck: Deck): string {
  const meta: Record<string, unknown> = { id: deck.id, title: deck.title };
  if (deck.description) meta.description = deck.description;
  if (deck.tags.length > 0) meta.tags = deck.tags;
  const level = questionLevel(deck.questions);
  const sectionMark = "#".repeat(level - 1);
  const questionMark = "#".repeat(level);
  const counts = { Q: 0, S: 0 };
  const out: string[] = ["---", stringify(meta).trimEnd(), "---", "", `# ${escapeInline(deck.title)}`, ""];
  const prefix = `${deck.id}/`;

  // Each section once, in the deck's order, holding its questions in theirs.
  const bySection = new Map<string, Question[]>(deck.sections.map((title) => [title, []]));
  for (const question of deck.questions) {
    const list = bySection.get(question.section);
    if (list) list.push(question);
    else bySection.set(question.section, [question]);
  }
  for (const [section, questions] of bySection) {
    if (questions.length === 0) continue;
    out.push(`${sectionMark} ${escapeInline(section)}`, "");
    for (const question of questions) {
      const letter = question.kind === "scenario" ? "S" : "Q";
      counts[letter] += 1;
      const number = `${letter}${counts[letter]}`;
      const local = question.id.startsWith(prefix) ? question.id.slice(prefix.length) : question.id;
      out.push(`${questionMark} ${number}: ${escapeInline(question.prompt)}`);
      if (local !== number.toLowerCase()) out.push(`<!-- id: ${local} -->`);
      // The rest of a question of several paragraphs sits between its heading and **Answer:**.
      if (question.promptDetail) out.push("", closedAnswer(question.promptDetail));
      out.push("", "**Answer:**", "", closedAnswer(question.answer), "", "---", "");
    }
  }
  if (deck.lastUpdated) out.push(`**Last Updated:** ${escapeInline(deck.lastUpdated)}`, "");
  return out.join("\n");
}
