import type { Plugin } from "vite";

/**
 * The Content Security Policy of the built app. Decks people import are untrusted Markdown; the
 * renderer drops raw HTML and unsafe URLs, and this policy is the second line: only scripts from
 * the app's own origin run (no inline scripts, no eval), nothing is framed or embedded.
 *
 * - `style-src 'unsafe-inline'`: the code highlighter colours tokens with style attributes.
 * - `img-src https:`: answers may show images from the web; `data:` and `blob:` are not needed.
 * - `worker-src 'self'`: the import worker and the service worker are the app's own files.
 * - `media-src blob:`: recorded answers play from object URLs made of what IndexedDB holds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Puts the policy in the built `index.html` as a `<meta>` (a static host may not let us set headers).
 * Build only: the dev server injects an inline script for React Fast Refresh, which the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "rehearse-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          throw new Error("index.html has an inline <script>, which the Content Security Policy (script-src 'self') blocks; move it to a file in public/");
        }
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}
