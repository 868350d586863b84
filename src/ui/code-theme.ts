import type { PrismTheme } from "prism-react-renderer";

/** A colour of the code palette: a `--code-*` custom property of src/app.css. */
const code = (name: string) => `var(--code-${name})`;

/**
 * The code theme, in the spirit of GitHub's light and dark ones, darkened or lightened where needed.
 * Its colours are CSS custom properties, so one theme object serves both app themes: app.css sets
 * the light values on :root and the dark ones under the dark theme, and the switch is pure CSS
 * (nothing re-renders, the renderer chunk does not change). Every token colour reaches WCAG AA
 * (4.5:1) against `--code-bg` in both themes (tests/unit/code-theme.test.ts reads app.css to check).
 * prism-react-renderer's bundled "github" theme does not (its comments are ~3:1).
 */
export const codeTheme: PrismTheme = {
  plain: { color: code("text"), backgroundColor: code("bg") },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata", "shebang"], style: { color: code("comment"), fontStyle: "italic" } },
    { types: ["punctuation"], style: { color: code("punctuation") } },
    { types: ["namespace"], style: { opacity: 0.85 } },
    { types: ["keyword", "atrule", "selector", "important"], style: { color: code("keyword") } },
    { types: ["string", "char", "attr-value", "heredoc", "regex", "url", "inserted"], style: { color: code("string") } },
    { types: ["number", "boolean", "constant", "symbol", "file-descriptor"], style: { color: code("number") } },
    { types: ["property", "attr-name", "key", "tag", "assign-left", "environment"], style: { color: code("property") } },
    { types: ["function", "function-name", "builtin", "class-name", "type"], style: { color: code("function") } },
    { types: ["variable", "parameter", "interpolation", "entity"], style: { color: code("variable") } },
    { types: ["operator"], style: { color: code("number") } },
    { types: ["deleted"], style: { color: code("keyword") } },
    { types: ["italic"], style: { fontStyle: "italic" } },
    { types: ["bold"], style: { fontWeight: "bold" } },
  ],
};
