import { Highlight } from "prism-react-renderer";
import { codeTheme } from "./code-theme.ts";
import { prism, resolveLanguage } from "./prism-languages.ts";
import "./answer.css";

export interface CodeBlockProps {
  code: string;
  /** The fence's language (`bash`, `hcl`, `yml`…); unknown or missing ones render as plain text. */
  language?: string | undefined;
}

/**
 * A highlighted code block. It scrolls sideways inside itself on narrow screens, so it is
 * focusable (tabIndex 0) for keyboard users to scroll it.
 */
export function CodeBlock({ code, language }: CodeBlockProps) {
  const grammar = resolveLanguage(language);
  return (
    <Highlight prism={prism} theme={codeTheme} code={code} language={grammar ?? "plain"}>
      {({ className, style, tokens, getLineProps, getTokenProps }) => (
        <pre className={`code-block ${className}`} style={style} tabIndex={0} data-language={grammar ?? "text"}>
          <code>
            {tokens.map((line, lineIndex) => (
              // Lines are inline spans separated by "\n", so copying the block keeps its line breaks.
              <span key={lineIndex} {...getLineProps({ line })}>
                {line.map((token, tokenIndex) => (
                  <span key={tokenIndex} {...getTokenProps({ token })} />
                ))}
                {lineIndex < tokens.length - 1 ? "\n" : null}
              </span>
            ))}
          </code>
        </pre>
      )}
    </Highlight>
  );
}
