/**
 * Text helpers for reading questions in the import dialects: numbering prefixes, words that mark
 * an answer, section titles that are prose, and the readable text of a piece of inline source.
 */

/** `Q12:` / `S3.` / `Q1)`: the canonical number and kind (the canonical dialect's reading). */
export const QUESTION_NUMBER = /^([QS])(\d{1,6})\s*[:.)]\s*/i;

/**
 * Numbering in front of an imported question: `Q12:`, `Q.`, `Q:`, `Question 12:`, `#12`, `12.`,
 * `12)`, `12:`, `1.2.` and keycap emoji such as `1️⃣` or `🔟` (several, as in `1️⃣2️⃣`).
 */
const NUMBERING =
  /^(?:Q(?:uestion)?\s*#?\s*\d{1,6}\s*(?:[:.)\-–—]|(?=\s))|Q(?:uestion)?\s*[:.)]|#\d{1,6}\s*[:.)\-–—]?(?=\s)|\d{1,6}(?:\.\d{1,3})*\s*[.):](?=\s|$)|(?:[0-9#*]\uFE0F?\u20E3)+|\u{1F51F})\s*/iu;

/** How many characters of numbering `text` starts with (`12. `, `Q3: `), 0 when none. */
export function numberingLength(text: string): number {
  return NUMBERING.exec(text)?.[0].length ?? 0;
}

/** The question without its numbering prefix (once: `Q1: 2. text` keeps the `2.`). */
export function stripNumbering(prompt: string): string {
  const match = NUMBERING.exec(prompt);
  return match ? prompt.slice(match[0].length).trim() : prompt;
}

/** Words a question starts with when it does not end with `?`. */
const ASKING =
  /^(?:what|what's|whats|why|how|when|where|which|who|whom|whose|is|are|can|could|do|does|did|should|would|will|explain|describe|define|compare|contrast|differentiate|distinguish|discuss|implement|write|design|differences?\s+between)\b/i;

/**
 * How much a heading reads like a question: 2 when it ends in `?` or starts with an asking word,
 * 1 when it is only numbered, 0 otherwise (prose titles such as "1. Introduction" included).
 */
export function questionScore(text: string): 0 | 1 | 2 {
  const rest = stripNumbering(text);
  if (rest === "" || isProseTitle(rest)) return 0;
  if (/[?？]\s*$/.test(rest) || ASKING.test(rest)) return 2;
  return rest !== text ? 1 : 0;
}

/** Letters and spaces only, lower case: "📚 Table of Contents:" → "table of contents". */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim();
}

const TOC_TITLE = /^(?:table of contents?|contents?|toc|index|content table)$/;

/** A heading that names a table of contents. */
export function isTocTitle(text: string): boolean {
  return TOC_TITLE.test(words(text));
}

const PROSE_TITLE = new RegExp(
  "^(?:overview|introduction|intro|about(?: this (?:repo|repository|guide|deck|project))?|topics(?: covered)?|" +
    "summary|conclusion|references?|sources?|resources?|further reading|useful links|links|see also|" +
    "contributing|contribution|contributors|how to contribute|license|licence|" +
    "acknowledg(?:e)?ments?|credits|authors?|maintainers?|support|sponsors?|donate|" +
    "changelog|disclaimer|prerequisites|how to use(?: this (?:repo|repository|guide))?|usage|" +
    "installation|getting started|star history|stargazers|related|feedback)$",
);

/** A section that is prose about the file (Overview, References, License…), never a question. */
export function isProseTitle(text: string): boolean {
  const plain = words(text);
  return PROSE_TITLE.test(plain) || TOC_TITLE.test(plain);
}

/** `Answer`, `A`, `Ans`, `Answer:`: a label that starts an answer. */
export const ANSWER_LABEL = /^(?:answers?|ans|a)\s*[:.：]?$/i;

const ANSWER_WORDS =
  "(?:answers?|ans|solutions?|explanation|expand|ответ|respuesta|réponse|reponse|antwort|resposta|risposta|答案|回答|解答)";
const ANSWER_SUMMARY = new RegExp(
  `^(?:(?:click|tap)(?: here)? (?:to|for) )?(?:(?:show|view|see|reveal|display|check|toggle|open|expand)(?: the)? )?${ANSWER_WORDS}$`,
  "u",
);

/** Whether a `<summary>` says "Answer" / "Show answer" / "Click to expand" rather than asking a question. */
export function isAnswerSummary(text: string): boolean {
  return ANSWER_SUMMARY.test(words(text));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the common named entities and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Readable text of a short piece of inline source that was not parsed as Markdown (text inside an
 * HTML block, a marker line): tags, emphasis and code markers, link targets and entities removed.
 */
export function inlineSourceText(source: string): string {
  return decodeEntities(
    source
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<\/?[a-z][^<>]*>/gi, " ")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__|~~|`+)/g, "")
      .replace(/(^|[\s(])[*_]+(?=\S)|(?<=\S)[*_]+(?=[\s).,;:!?]|$)/g, "$1")
      .replace(/\\([!-/:-@[-`{-~])/g, "$1"),
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** A question's text with its numbering read: `Q12:` gives the canonical number, others are dropped. */
export interface PromptText {
  prompt: string;
  prefix?: "Q";
  number?: number;
  /** The file's own number for a question numbered `12.`, `#12`, `Question 12:` (for its label only). */
  fileNumber?: number;
}

/** The integer a numbering prefix carries (`12.`, `Question 12:`, `#12`), not a section number such as `1.2.`. */
const FILE_NUMBER = /^(?:Q(?:uestion)?\s*#?\s*|#)?(\d{1,6})(?![.\d]*\d|[\uFE0F\u20E3])/i;

/**
 * Reads an imported question's text. Only a `Q` number counts as canonical here (`S3: …` is as
 * likely to be about Amazon S3 as a scenario): `Q12: What…?` → Q12, `12. What…?` → no number.
 */
export function readPrompt(text: string): PromptText {
  const match = QUESTION_NUMBER.exec(text);
  if (match && match[1] !== "S" && match[1] !== "s") return { prompt: text.slice(match[0].length).trim(), prefix: "Q", number: Number(match[2]) };
  const numbering = NUMBERING.exec(text);
  const prompt = stripNumbering(text);
  const fileNumber = numbering ? FILE_NUMBER.exec(numbering[0]) : null;
  return fileNumber ? { prompt, fileNumber: Number(fileNumber[1]) } : { prompt };
}
