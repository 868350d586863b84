import type { Page, Request } from "@playwright/test";
import { test, expect } from "./helpers.ts";

// The first load of the setup page on a phone: nothing moves after the first paint, and what the
// page does not show waits until the page is idle (scripts only; figures come from `npm run bench`).

/** A phone held upright (the size Lighthouse's mobile run and the layout budget use). */
const PHONE = { width: 360, height: 740 };

/**
 * Chunks a first visit's setup page does not show: sessions, history, saved decks, the answer
 * renderer, the service worker's client, the voice options' store, the link reader (no link to read).
 */
const NOT_SHOWN_ON_SETUP = /\/assets\/(session-store|load-history|history-db|history|saved-decks-store|answer-markdown|micromark|workbox-window|virtual_pwa-register|voice-preferences|setup-link)[-.]/;
const LINK_READER_CHUNK = /\/assets\/setup-link-[\w-]+\.js$/;
const SESSION_STORE_CHUNK = /\/assets\/session-store-[\w-]+\.js$/;

/** Sums every layout shift of the page, from its start (installed before any script runs). */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as { shiftTotal: number; shifts: string[] };
    record.shiftTotal = 0;
    record.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        record.shiftTotal += entry.value;
        const moved = (entry.sources ?? []).map((source) => {
          const node = source.node;
          return node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName);
        });
        record.shifts.push(`${entry.value.toFixed(4)} ${moved.join(", ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

async function layoutShifts(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(() => {
    const record = window as unknown as { shiftTotal: number; shifts: string[] };
    return { total: record.shiftTotal, shifts: record.shifts };
  });
}

function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request: Request) => {
    if (request.resourceType() === "script") urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test("first visit on a phone: nothing on the setup page moves after it is painted, the guide included", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await recordLayoutShifts(page);
  // The session store arrives once the page is idle: measure until after it has.
  const storeLoaded = page.waitForResponse((response) => SESSION_STORE_CHUNK.test(response.url()), { timeout: 20_000 });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New here? A session in three steps" })).toBeVisible();
  await storeLoaded;
  await page.waitForLoadState("networkidle");
  const { total, shifts } = await layoutShifts(page);
  expect(total, `layout shifts: ${shifts.join("; ") || "none"}`).toBeLessThan(0.02);
});

test("first visit: until the page is idle it fetches only what the setup page shows; the rest comes after", async ({
  page,
}) => {
  const scripts = scriptRequests(page);
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByRole("button", { name: "Start session" })).toBeVisible();
  expect(scripts.filter((url) => NOT_SHOWN_ON_SETUP.test(url))).toEqual([]);
  // Not dropped, deferred: the session store is prefetched once the network has been quiet a while.
  await expect.poll(() => scripts.some((url) => SESSION_STORE_CHUNK.test(url)), { timeout: 20_000 }).toBe(true);
  // Nothing that a first visit has no data for: no history, no saved decks.
  expect(scripts.filter((url) => /\/assets\/(load-history|history-db|saved-decks-store)-/.test(url))).toEqual([]);
});

test("a link with settings is read before setup shows; a first change works before the reader arrives", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/?count=5&mode=interview&order=in-order");
  await expect(page.getByRole("spinbutton", { name: "Questions" })).toHaveValue("5");
  await expect(page.getByRole("radio", { name: "Interview" })).toBeChecked();
  expect(scripts.some((url) => LINK_READER_CHUNK.test(url))).toBe(true);

  // A bare `/`: the reader is not fetched until idle, yet a change made at once is shown and kept.
  const fresh = await page.context().newPage();
  const freshScripts = scriptRequests(fresh);
  await fresh.goto("/");
  await fresh.getByRole("radio", { name: "Interview" }).check();
  await expect(fresh.getByRole("radio", { name: "Interview" })).toBeChecked();
  await expect.poll(() => new URL(fresh.url()).searchParams.get("mode")).toBe("interview");
  expect(freshScripts.some((url) => LINK_READER_CHUNK.test(url))).toBe(true);
});

test.describe("with the service worker allowed", () => {
  test.use({ serviceWorkers: "allow" });

  test("the service worker registers once the page is idle, not while it loads", async ({ page }) => {
    await page.goto("/", { waitUntil: "networkidle" });
    await expect(page.getByRole("button", { name: "Start session" })).toBeVisible();
    const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
    expect(await registered()).toBe(false);
    await expect.poll(registered, { timeout: 20_000 }).toBe(true);
  });
});

test("coming back with a session open: the Resume banner and the paused notice are in the first paint", async ({
  page,
}) => {
  await page.goto("/?count=2&order=in-order");
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.getByRole("timer")).toBeVisible();

  await page.setViewportSize(PHONE);
  await recordLayoutShifts(page);
  const scripts = scriptRequests(page);
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { name: "Session in progress" })).toBeVisible();
  await expect(page.getByText("Your session is paused where you left it.")).toBeVisible();
  // Something is saved, so the store loaded at once (not at idle): it is what the page shows.
  expect(scripts.some((url) => SESSION_STORE_CHUNK.test(url))).toBe(true);
  const { total, shifts } = await layoutShifts(page);
  expect(total, `layout shifts: ${shifts.join("; ") || "none"}`).toBeLessThan(0.02);
});

test("a deck's page, all answers opened, renders those near the screen first; the others as the reader scrolls to them", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/decks/aws-cloud", { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Expand all" }).click();
  const last = page.locator("article.question").last();
  // Far down the page: its words are there (as the Markdown source), not yet rendered.
  await expect(last.locator(".answer--source")).toHaveCount(1);
  await expect(page.locator("article.question").first().locator(".answer:not(.answer--source)")).toHaveCount(1);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator(".answer--source")).toHaveCount(0);
  await expect(last.locator(".answer")).toHaveCount(1);
});

test.describe("the setup page in index.html (prerendered at build time)", () => {
  /** No script of the app runs: what shows is what the HTML and the CSS paint by themselves. */
  async function withoutTheApp(page: Page) {
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  }

  test("a first visit sees the setup page before any of the app's code has run, as a picture that takes no input", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await withoutTheApp(page);
    await page.goto("/");
    const picture = page.locator(".prerendered");
    await expect(picture.locator("h1")).toHaveText("Practice");
    await expect(picture.getByText("New here? A session in three steps")).toBeVisible();
    await expect(picture.locator("#deck-aws-cloud")).toBeChecked();
    await expect(picture.locator("#pace-concept")).toHaveValue("180");
    await expect(picture).toHaveAttribute("inert", "");
  });

  test("once the app starts it replaces the picture: one page, which works", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".prerendered")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveCount(1);
    await page.getByRole("checkbox", { name: /^Scenario \(\d+\)$/ }).uncheck();
    await expect(page).toHaveURL(/kinds=concept/);
  });

  test("hidden before the first paint wherever the app would show something else", async ({ page }) => {
    // Another screen (a static host serves index.html for every path).
    await withoutTheApp(page);
    await page.goto("/history");
    await expect(page.locator(".prerendered")).toBeHidden();
    // A link with settings.
    await page.goto("/?count=5");
    await expect(page.locator(".prerendered")).toBeHidden();
    // Anything saved by an earlier visit (here a remembered theme).
    await page.goto("/");
    await expect(page.locator(".prerendered")).toBeVisible();
    await page.evaluate(() => localStorage.setItem("rehearse.theme", "dark"));
    await page.reload();
    await expect(page.locator(".prerendered")).toBeHidden();
  });
});

test("a deck's page, first visit: its folded answers' renderer and history's code wait; pointing at a question fetches the renderer", async ({
  page,
}) => {
  const scripts = scriptRequests(page);
  await page.goto("/decks/aws-cloud", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "AWS and Cloud Interview Q&A" })).toBeVisible();
  // Every answer is folded: nothing on the page needs the renderer yet, and a first visit has no history.
  expect(scripts.filter((url) => /\/assets\/(answer-markdown|micromark|load-history|history-db)[-.]/.test(url))).toEqual([]);
  const renderer = page.waitForResponse((response) => /\/assets\/answer-markdown-[\w-]+\.js$/.test(response.url()));
  await page.locator("summary").first().hover();
  await renderer;
  await page.locator("summary").first().click();
  await expect(page.locator("article.question").first().locator(".answer:not(.answer--source)")).toHaveCount(1);
});

test("a deck's page opened by a search link fetches the renderer for the answers it opens", async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto("/decks/aws-cloud?q=lifecycle", { waitUntil: "networkidle" });
  await expect(page.locator(".deck-question__answer").first()).toBeVisible();
  expect(scripts.some((url) => /\/assets\/answer-markdown-[\w-]+\.js$/.test(url))).toBe(true);
});

test("opened directly, history and a bundled deck's page fetch their screen's code alongside the app's own", async ({ page }) => {
  for (const [path, chunk] of [["/history", "history"], ["/decks/aws-cloud", "decks._deckId"]] as const) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toMatch(new RegExp(`<link rel="modulepreload" crossorigin href="/assets/${chunk.replace(".", "\\.")}-[\\w-]+\\.js">`));
  }
  // A deck's questions come with its page; setup's own page lists none of it.
  expect(await (await page.request.get("/decks/aws-cloud")).text()).toMatch(/href="\/assets\/aws-cloud-[\w-]+\.js"/);
  expect(await (await page.request.get("/")).text()).not.toMatch(/\/assets\/(history|decks\._deckId|aws-cloud)-/);
  await page.goto("/decks/aws-cloud");
  await expect(page.getByRole("heading", { level: 1, name: "AWS and Cloud Interview Q&A" })).toBeVisible();
});
