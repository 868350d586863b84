import type { ComponentPropsWithoutRef } from "react";
import type { ExtraProps } from "react-markdown";
import { CodeBlock } from "./code-block.tsx";
import { findElement, hastText } from "./hast-text.ts";

type MarkdownPreProps = ComponentPropsWithoutRef<"pre"> & ExtraProps;

/** The fence language from a `code` element's `language-*` class, as remark-rehype writes it. */
function fenceLanguage(className: unknown): string | undefined {
  const classes = Array.isArray(className) ? className : [];
  for (const name of classes) {
    if (typeof name === "string" && name.startsWith("language-")) return name.slice("language-".length);
  }
  return undefined;
}

/**
 * react-markdown's `pre` → a highlighted block. react-markdown 10 has no `inline` flag: a block is
 * exactly a `code` inside a `pre`, so blocks are handled here and inline `code` keeps the default.
 */
export function MarkdownCodeBlock({ node, children, ...rest }: MarkdownPreProps) {
  const code = node ? findElement(node, "code") : undefined;
  if (!code) return <pre {...rest}>{children}</pre>;
  // Fenced code ends with the newline before the closing fence; the block should not.
  const text = hastText(code).replace(/\n$/, "");
  return <CodeBlock code={text} language={fenceLanguage(code.properties["className"])} />;
}
