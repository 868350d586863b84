import type { ComponentPropsWithoutRef } from "react";
import type { ExtraProps } from "react-markdown";

type MarkdownImageProps = ComponentPropsWithoutRef<"img"> & ExtraProps;

/**
 * Only images on the secure web can load: a file next to the deck (`assets/x.png`) is not in the
 * app, and the Content Security Policy allows images from https: addresses only.
 */
function isWebAddress(src: unknown): src is string {
  return typeof src === "string" && /^https:\/\//i.test(src);
}

/**
 * Images in prompts and answers, from Markdown or HTML. One with a web address loads lazily; one
 * that cannot load here (a relative path, or a target the sanitizer emptied) shows its alt text
 * in a visible placeholder instead of a broken-image icon, so the answer still reads.
 */
export function MarkdownImage({ node: _node, src, alt, ...rest }: MarkdownImageProps) {
  if (isWebAddress(src)) return <img src={src} alt={alt ?? ""} loading="lazy" decoding="async" {...rest} />;
  const text = alt?.trim() ? alt.trim() : "no description";
  return (
    <span className="image-placeholder" title={typeof src === "string" && src !== "" ? `Not available in the app: ${src}` : undefined}>
      Image: {text}
    </span>
  );
}
