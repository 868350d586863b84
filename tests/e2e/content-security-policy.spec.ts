import { test as base } from "@playwright/test";
import { expect, test } from "./helpers.ts";

test("the built page carries a Content Security Policy with no inline scripts", async ({ page }) => {
  const response = await page.request.get("/");
  const html = (await response.text()).replaceAll("&#39;", "'");
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toContain("script-src 'self'");
  // Every <script> names a file: an inline one would be blocked by the policy.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\bsrc="/);

  // The app itself runs under it (the fixture fails the test on anything the policy blocks).
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
});

// A plain context: this test provokes a violation on purpose, which the shared fixture would fail.
base("the policy blocks inline scripts injected into the page", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => reports.length).toBeGreaterThan(0);
  await context.close();
});
