import type { PrismTheme } from "prism-react-renderer";

/**
 * Light code theme in the spirit of GitHub's, darkened where needed: every token colour
 * reaches WCAG AA (4.5:1) against `plain.backgroundColor` (checked in tests/unit/code-theme.test.ts).
 * prism-react-renderer's bundled "github" theme does not (its comments are ~3:1).
 */
export const codeTheme: PrismTheme = {
  plain: { color: "#1f2328", backgroundColor: "#f6f8fa" },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata", "shebang"], style: { color: "#57606a", fontStyle: "italic" } },
    { types: ["punctuation"], style: { color: "#24292f" } },
    { types: ["namespace"], style: { opacity: 0.85 } },
    { types: ["keyword", "atrule", "selector", "important"], style: { color: "#b31d28" } },
    { types: ["string", "char", "attr-value", "heredoc", "regex", "url", "inserted"], style: { color: "#0a3069" } },
    { types: ["number", "boolean", "constant", "symbol", "file-descriptor"], style: { color: "#0550ae" } },
    { types: ["property", "attr-name", "key", "tag", "assign-left", "environment"], style: { color: "#116329" } },
    { types: ["function", "function-name", "builtin", "class-name", "type"], style: { color: "#6639ba" } },
    { types: ["variable", "parameter", "interpolation", "entity"], style: { color: "#953800" } },
    { types: ["operator"], style: { color: "#0550ae" } },
    { types: ["deleted"], style: { color: "#b31d28" } },
    { types: ["italic"], style: { fontStyle: "italic" } },
    { types: ["bold"], style: { fontWeight: "bold" } },
  ],
};
