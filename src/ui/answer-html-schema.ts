import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/** Attributes any allowed element may keep: layout hints GitHub keeps too, nothing that runs or styles. */
const SHARED_ATTRIBUTES = ["align", "alt", "title", "width", "height", "open", "dir", "lang", "colSpan", "rowSpan", "scope", "start", "checked"];

/**
 * What HTML written in a deck may become on the page: GitHub's own sanitizing schema (the HTML a
 * reader saw on GitHub), narrowed further. Elements: text formatting (b, i, em, strong, code, kbd,
 * sub, sup, br, p…), lists, tables, headings, details/summary, links and images with http(s)
 * addresses. Never script, style, frames, forms, event handlers or `id`/`name` (which could
 * clobber the page's own); `javascript:` and `data:` URLs lose their attribute.
 */
export const ANSWER_HTML_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // A checkbox only as GFM draws one, in a task list item; an `<input>` written anywhere else goes.
  ancestors: { ...defaultSchema.ancestors, input: ["li"] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["picture", "source", "section"].includes(tag)),
  attributes: {
    a: ["href"],
    code: [["className", /^language-./]],
    img: ["src"],
    // Task list checkboxes (GFM `- [x]`): always disabled, never a field to type in.
    input: [["type", "checkbox"], ["disabled", true]],
    li: [["className", "task-list-item"]],
    ol: [["className", "contains-task-list"]],
    ul: [["className", "contains-task-list"]],
    "*": SHARED_ATTRIBUTES,
  },
  clobber: [],
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  required: { input: { type: "checkbox", disabled: true } },
  strip: ["script", "style", "template"],
};
