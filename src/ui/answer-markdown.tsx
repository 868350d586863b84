import Markdown, { type Components, type Options } from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { ANSWER_HTML_SCHEMA } from "./answer-html-schema.ts";
import { MarkdownCodeBlock } from "./markdown-code-block.tsx";
import { MarkdownImage } from "./markdown-image.tsx";
import { MarkdownLink } from "./markdown-link.tsx";
import { MarkdownTable } from "./markdown-table.tsx";

export interface AnswerMarkdownProps {
  /** The answer's Markdown source. */
  markdown: string;
  /**
   * Level of the heading the answer sits under (the question's). Headings written inside the
   * answer render below it, so the page outline stays intact.
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Class of the wrapper: "answer" for a model answer, another for Markdown shown elsewhere (a question's detail). */
  className?: string;
}

const remarkPlugins = [remarkGfm];
// rehype-raw turns the HTML a deck holds into elements (as GitHub shows it); the sanitizer then
// keeps only what ANSWER_HTML_SCHEMA allows, before anything reaches React.
const rehypePlugins: NonNullable<Options["rehypePlugins"]> = [rehypeRaw, [rehypeSanitize, ANSWER_HTML_SCHEMA]];
/**
 * Whether the source may hold HTML (a tag, a comment). Most answers hold none: they skip the
 * re-parse, which costs about as much as the rest of rendering, and need no sanitizer (Markdown
 * alone only makes safe elements, and urlTransform checks their URLs).
 */
const MAY_HOLD_HTML = /<[a-z!/?]/i;

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";
const headingTags = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

/** `components` per heading level, built once per level (react-markdown compares them by identity). */
const componentsByLevel = new Map<number, Components>();

function componentsFor(headingLevel: number): Components {
  const cached = componentsByLevel.get(headingLevel);
  if (cached) return cached;
  const components: Components = { pre: MarkdownCodeBlock, table: MarkdownTable, a: MarkdownLink, img: MarkdownImage };
  headingTags.forEach((tag, index) => {
    // #–#### sit directly under the question; ##### and ###### keep their relative depth.
    const level = Math.min(6, headingLevel + Math.max(1, index - 2));
    components[tag] = `h${level}` as HeadingTag;
  });
  componentsByLevel.set(headingLevel, components);
  return components;
}

/**
 * A model answer rendered from Markdown with GFM (tables, task lists, strikethrough) and
 * highlighted code. HTML written in the deck renders as GitHub renders it, through a sanitizer
 * with an allowlist (no script, handlers, frames or styles; `javascript:`/`data:` URLs dropped);
 * react-markdown's default urlTransform checks every URL once more.
 */
export function AnswerMarkdown({ markdown, headingLevel = 3, className = "answer" }: AnswerMarkdownProps) {
  return (
    <div className={className}>
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={MAY_HOLD_HTML.test(markdown) ? rehypePlugins : undefined} components={componentsFor(headingLevel)}>
        {markdown}
      </Markdown>
    </div>
  );
}
