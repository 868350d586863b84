import { describe, expect, it } from "vitest";
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from "vite";
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from "../../scripts/content-security-policy.ts";

function transform(html: string) {
  const hook = contentSecurityPolicy().transformIndexHtml;
  if (!hook || typeof hook === "function" || !("handler" in hook)) throw new Error("expected an object hook");
  return (hook.handler as (html: string, ctx: IndexHtmlTransformContext) => HtmlTagDescriptor[])(
    html,
    {} as IndexHtmlTransformContext,
  );
}

describe("content security policy", () => {
  it("allows scripts from the app's origin only: no inline scripts, no eval", () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives.get("script-src")).toBe("script-src 'self'");
    expect(directives.get("object-src")).toBe("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it("puts the policy first in the head of the built page", () => {
    const tags = transform('<html><head><script src="/boot.js"></script></head></html>');
    expect(tags).toEqual([
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ]);
  });

  it("fails the build when index.html gains an inline script the policy would block", () => {
    expect(() => transform("<html><head><script>window.x = 1</script></head></html>")).toThrow(/inline <script>/);
    expect(() => transform('<html><body><script type="module">import "x"</script></body></html>')).toThrow(/inline/);
  });

  it("is applied to builds only: the dev server needs an inline script for React Fast Refresh", () => {
    expect(contentSecurityPolicy().apply).toBe("build");
  });
});
