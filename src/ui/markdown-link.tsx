import type { ComponentPropsWithoutRef } from "react";
import type { ExtraProps } from "react-markdown";

type MarkdownLinkProps = ComponentPropsWithoutRef<"a"> & ExtraProps;

/**
 * Links in answers. react-markdown's default `urlTransform` has already emptied unsafe URLs
 * (`javascript:`, `data:`…). Off-site links open in a new tab, so a person does not lose their
 * place in a deck or session, and say so.
 */
export function MarkdownLink({ node: _node, href, children, ...rest }: MarkdownLinkProps) {
  const external = typeof href === "string" && /^https?:\/\//i.test(href);
  if (!external) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
