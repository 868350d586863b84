import { describe, expect, it } from "vitest";
import { clockView } from "../../src/features/session/clock-view.ts";
import { questionTimeText } from "../../src/features/results/result-text.ts";

describe("the question clock's face", () => {
  it("counts down while running, and goes red past the limit", () => {
    expect(clockView(180_000, 3_400)).toMatchObject({ phase: "running", time: "2:57", tone: "normal" });
    expect(clockView(180_000, 183_400)).toMatchObject({ phase: "time-up", time: "+0:03", note: "Over time" });
  });

  it.each([
    [3_400, "0:03"],
    [42_999, "0:42"],
    [180_000, "3:00"],
  ])("stopped at %d ms it shows the answer time the results show (%s)", (ms, figure) => {
    const view = clockView(180_000, ms, true);
    expect(view).toMatchObject({ phase: "stopped", time: figure, tone: "stopped", note: "Stopped" });
    expect(questionTimeText({ answerMs: ms, limitMs: 180_000 })).toBe(`${figure} of 3:00`);
  });

  it("stopped past the limit says by how much, in words too", () => {
    expect(clockView(180_000, 222_000, true)).toMatchObject({ time: "3:42", tone: "over", note: "Stopped, over by 0:42" });
    expect(clockView(null, 65_000, true)).toMatchObject({ time: "1:05", tone: "stopped", note: "Stopped" });
  });
});
