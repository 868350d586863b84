import type { Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium-path.mjs";
import { test, expect, expectNoSeriousAxeViolations } from "./helpers.ts";

// A fake microphone (a beeping tone) that needs no permission prompt: real MediaRecorder, real IndexedDB.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

async function startFromLink(page: Page, query: string) {
  await page.goto(`/?${query}`);
  const start = page.getByRole("button", { name: "Start session" });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole("timer").first()).toBeVisible();
}

const spoken = (page: Page) => page.getByRole("region", { name: "Spoken answer" });

/** Records for about `ms` with the R key and stops; the take is saved when the state says so. */
async function recordFor(page: Page, ms: number) {
  await page.keyboard.press("r");
  await expect(spoken(page).getByText(/^Recording \d:\d\d$/)).toBeVisible();
  await expect(spoken(page).getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await page.waitForTimeout(ms);
  await page.keyboard.press("r");
  await expect(spoken(page).getByText("Microphone off")).toBeVisible();
}

test("record two answers, reload mid-take, replay on Results, then delete", async ({ page }) => {
  await startFromLink(page, "count=3&order=in-order");
  await expect(page.getByText("Audio stays in this browser")).toBeVisible();

  await recordFor(page, 2500);
  await expect(spoken(page).getByText(/1 take saved for this question/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("2 of 3")).toBeVisible();
  await spoken(page).getByRole("button", { name: "Record" }).click();
  await expect(spoken(page).getByText(/^Recording 0:0[3-9]$/)).toBeVisible({ timeout: 10_000 });
  // Chunks land every second: a reload now keeps what was said so far.
  await page.reload();
  await page.getByRole("button", { name: /^Resume/ }).first().click();
  await expect(page.getByText("2 of 3")).toBeVisible();
  await expect(spoken(page).getByText(/A take stopped when the page was closed or reloaded; 0:0[2-9] of it was kept/)).toBeVisible();

  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { name: "Results", level: 1 })).toBeVisible();

  const questions = page.locator(".result-question");
  const first = questions.nth(0);
  const second = questions.nth(1);
  await expect(first.getByText("Spoken answer")).toBeVisible();
  await expect(first.getByText(/^Take 1, 0:0[2-3]$/)).toBeVisible();
  await expect(second.getByText(/^Take 1, 0:0[2-9] \(cut short/)).toBeVisible();
  await expect(questions.nth(2).getByText("Spoken answer")).toHaveCount(0);

  // Both takes are real audio the browser can decode, the cut one included.
  for (const item of [first, second]) {
    const audio = item.locator("audio");
    await expect(audio).toHaveAttribute("src", /^blob:/);
    const loaded = await audio.evaluate(
      (element: HTMLAudioElement) =>
        new Promise<string>((resolve) => {
          if (element.readyState >= 1) resolve("metadata");
          element.addEventListener("loadedmetadata", () => resolve("metadata"), { once: true });
          element.addEventListener("error", () => resolve(`error ${element.error?.code}`), { once: true });
          element.load();
        }),
    );
    expect(loaded).toBe("metadata");
  }
  await expectNoSeriousAxeViolations(page);

  await first.getByRole("button", { name: "Delete take 1" }).click();
  await expect(first.getByText("Spoken answer")).toHaveCount(0);
  await expect(second.getByText("Spoken answer")).toBeVisible();

  await page.goto("/history");
  const panel = page.getByRole("region", { name: "Recordings" });
  await expect(panel.getByText(/^1 session with recordings, [\d.]+ KB in all\.$/)).toBeVisible();
  await panel.getByRole("button", { name: "Delete all recordings" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete recordings" }).click();
  await expect(panel.getByText("No recordings saved.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
