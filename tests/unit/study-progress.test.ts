import { describe, expect, it } from "vitest";
import type { TopicMastery } from "../../src/interview/history-stats.ts";
import { practiceCalendar } from "../../src/interview/practice-days.ts";
import { topicReviews, weakestTopic } from "../../src/interview/review-forecast.ts";
import { addLocalDays, scaleTime, startOfLocalDay, timeAxis } from "../../src/lib/time-axis.ts";

/** Local time, so the tests hold in any time zone. */
const at = (month: number, day: number, hour = 10, year = 2026) => new Date(year, month - 1, day, hour).getTime();
const midnight = (month: number, day: number, year = 2026) => new Date(year, month - 1, day).getTime();

describe("timeAxis", () => {
  it("has no axis without times", () => {
    expect(timeAxis([])).toBeUndefined();
  });

  it("puts a single session at the right end of a week of days, one tick a day", () => {
    const axis = timeAxis([at(3, 12, 18)], { maxTicks: 7 })!;
    expect(axis.start).toBe(midnight(3, 6));
    expect(axis.end).toBe(midnight(3, 13));
    expect(axis.unit).toBe("day");
    expect(axis.ticks).toEqual([6, 7, 8, 9, 10, 11, 12].map((d) => midnight(3, d)));
    expect(scaleTime(axis, at(3, 12, 18), 0, 100)).toBeGreaterThan(90);
  });

  it("spaces sessions by the time between them, not evenly", () => {
    const times = [at(3, 1), at(3, 2), at(3, 29)];
    const axis = timeAxis(times)!;
    const [a, b, c] = times.map((t) => scaleTime(axis, t, 0, 280));
    expect(b! - a!).toBeLessThan(15);
    expect(c! - b!).toBeGreaterThan(250);
  });

  it("ticks on Mondays for a few weeks and on month starts for months, never more than asked", () => {
    const weeks = timeAxis([at(3, 4), at(4, 10)], { maxTicks: 6 })!;
    expect(weeks.unit).toBe("day");
    expect(weeks.ticks.length).toBeLessThanOrEqual(6);
    for (const tick of weeks.ticks) expect(new Date(tick).getDay()).toBe(1);

    const months = timeAxis([at(1, 15), at(11, 2)], { maxTicks: 6 })!;
    expect(months.unit).toBe("month");
    expect(months.ticks.length).toBeLessThanOrEqual(6);
    for (const tick of months.ticks) expect(new Date(tick).getDate()).toBe(1);
    expect(months.ticks[0]).toBeGreaterThanOrEqual(months.start);
    expect(months.ticks.at(-1)).toBeLessThan(months.end);

    const years = timeAxis([at(1, 1, 10, 2015), at(6, 1, 10, 2026)], { maxTicks: 6 })!;
    expect(years.ticks.length).toBeLessThanOrEqual(6);
    expect(years.ticks.length).toBeGreaterThan(1);
  });

  it("clamps times outside the domain to its ends", () => {
    const axis = { start: 100, end: 200 };
    expect(scaleTime(axis, 50, 10, 20)).toBe(10);
    expect(scaleTime(axis, 250, 10, 20)).toBe(20);
    expect(scaleTime(axis, 150, 10, 20)).toBe(15);
  });
});

describe("practiceCalendar", () => {
  const now = at(3, 12, 9); // Thursday 12 March 2026

  it("lays out whole weeks, Monday first, ending with this week; later days are future", () => {
    const calendar = practiceCalendar([], now, 12);
    expect(calendar.days).toHaveLength(84);
    expect(new Date(calendar.days[0]!.day).getDay()).toBe(1);
    expect(calendar.days.at(-1)!.day).toBe(midnight(3, 15));
    expect(calendar.days.filter((d) => d.future).map((d) => new Date(d.day).getDate())).toEqual([13, 14, 15]);
    expect(calendar).toMatchObject({ daysPractised: 0, sessions: 0, currentStreak: 0, longestStreak: 0, practisedToday: false });
  });

  it("counts sessions per local day, days practised and streaks", () => {
    const times = [at(3, 12, 8), at(3, 11, 22), at(3, 11, 7), at(3, 10), at(3, 1), at(3, 2), at(3, 3), at(3, 4)];
    const calendar = practiceCalendar(times, now, 12);
    const byDate = (d: number) => calendar.days.find((day) => day.day === midnight(3, d))!;
    expect(byDate(11).sessions).toBe(2);
    expect(byDate(12).sessions).toBe(1);
    expect(byDate(5).sessions).toBe(0);
    expect(calendar.daysPractised).toBe(7);
    expect(calendar.sessions).toBe(8);
    expect(calendar.currentStreak).toBe(3);
    expect(calendar.longestStreak).toBe(4);
    expect(calendar.practisedToday).toBe(true);
  });

  it("keeps a streak that ran to yesterday (today is not over) and drops one that ended before", () => {
    expect(practiceCalendar([at(3, 10), at(3, 11)], now).currentStreak).toBe(2);
    expect(practiceCalendar([at(3, 9), at(3, 10)], now).currentStreak).toBe(0);
  });

  it("leaves out sessions older than the calendar from its counts, not from the longest streak", () => {
    const old = [at(1, 1, 10, 2025), at(1, 2, 10, 2025), at(1, 3, 10, 2025), at(1, 4, 10, 2025), at(1, 5, 10, 2025)];
    const calendar = practiceCalendar([...old, at(3, 12)], now, 12);
    expect(calendar.daysPractised).toBe(1);
    expect(calendar.longestStreak).toBe(5);
  });

  it("counts days across a daylight-saving change as calendar days", () => {
    // Whatever the zone, consecutive local dates make one streak.
    const days = Array.from({ length: 10 }, (_, i) => addLocalDays(midnight(3, 25), i) + 12 * 3_600_000);
    expect(practiceCalendar(days, days.at(-1)!).currentStreak).toBe(10);
    expect(startOfLocalDay(days[3]!)).toBe(addLocalDays(midnight(3, 25), 3));
  });
});

describe("topicReviews and weakestTopic", () => {
  const q = (questionId: string, section: string) => ({ questionId, meta: { section } });

  it("gives each topic its earliest due date and how many are due now", () => {
    const reviews = topicReviews(
      [q("a", "Networking"), q("b", "Networking"), q("c", "Storage"), q("d", "Compute")],
      { a: { due: 500 }, b: { due: 100 }, c: { due: 900 } },
      600,
    );
    expect(reviews.get("Networking")).toEqual({ section: "Networking", nextDue: 100, dueNow: 2 });
    expect(reviews.get("Storage")).toEqual({ section: "Storage", nextDue: 900, dueNow: 0 });
    expect(reviews.get("Compute")).toEqual({ section: "Compute", nextDue: null, dueNow: 0 });
  });

  it("ignores inherited keys of the due table", () => {
    expect(topicReviews([q("toString", "T")], {}, 10).get("T")?.nextDue).toBeNull();
  });

  const topic = (section: string, percent: number | null, practised = 1): TopicMastery => ({
    section,
    deckIds: ["d"],
    practised,
    percent,
    previousPercent: percent,
    trend: "flat",
  });

  it("picks the lowest mastery, then the one with more evidence, then by name", () => {
    expect(weakestTopic([])).toBeUndefined();
    expect(weakestTopic([topic("A", null)])).toBeUndefined();
    expect(weakestTopic([topic("A", 80), topic("B", 40), topic("C", 60)])?.section).toBe("B");
    expect(weakestTopic([topic("A", 40, 1), topic("B", 40, 3)])?.section).toBe("B");
    expect(weakestTopic([topic("B", 40, 2), topic("A", 40, 2)])?.section).toBe("A");
  });
});
