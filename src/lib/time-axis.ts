/**
 * A time axis for charts of dated events: a domain in whole local days and ticks on calendar
 * boundaries (days, Mondays, first days of months), so sessions sit where they happened in time,
 * not evenly spaced. Pure: local time comes from `Date`, nothing else.
 */

const DAY_MS = 86_400_000;

/** What a tick stands for: a day (label it "3 Mar") or a month (label it "Mar 2026"). */
export type TickUnit = "day" | "month";

export interface TimeAxis {
  /** Start of the first local day shown, ms since the epoch. */
  start: number;
  /** End of the last local day shown (exclusive: the next midnight), ms. */
  end: number;
  /** Tick times (local midnights inside the domain), oldest first. */
  ticks: number[];
  unit: TickUnit;
}

/** Local midnight of the day holding `at`. */
export function startOfLocalDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Local midnight `days` days after the one of `at` (calendar days, so DST changes are safe). */
export function addLocalDays(at: number, days: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Whole local days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function localDaysBetween(from: number, to: number): number {
  return Math.round((startOfLocalDay(to) - startOfLocalDay(from)) / DAY_MS);
}

const DAY_STEPS = [1, 2, 7, 14] as const;
const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

function dayTicks(start: number, end: number, step: number): number[] {
  // Steps of a week or more fall on Mondays, so the ticks read as "weeks of …".
  let first = start;
  if (step >= 7) {
    const weekday = (new Date(start).getDay() + 6) % 7; // Monday = 0
    first = weekday === 0 ? start : addLocalDays(start, 7 - weekday);
  }
  const ticks: number[] = [];
  for (let i = 0, at = first; at < end; i += 1, at = addLocalDays(first, i * step)) ticks.push(at);
  return ticks;
}

function monthTicks(start: number, end: number, step: number): number[] {
  const date = new Date(start);
  // The first month start on or after `start`, aligned to the step (quarters start in Jan, Apr…).
  let year = date.getFullYear();
  let month = date.getMonth() + (date.getDate() === 1 ? 0 : 1);
  month = Math.ceil(month / step) * step;
  const ticks: number[] = [];
  for (;;) {
    const at = new Date(year, month, 1).getTime();
    if (at >= end) break;
    ticks.push(at);
    month += step;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return ticks;
}

/**
 * The axis for events at `times` (ms): whole local days from the first to the last, at least
 * `minDays` of them (a single session still sits on a week of dates, not alone in the middle),
 * with at most `maxTicks` ticks at the finest calendar step that fits. `undefined` for no times.
 */
export function timeAxis(times: readonly number[], { maxTicks = 6, minDays = 7 } = {}): TimeAxis | undefined {
  if (times.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const end = addLocalDays(max, 1);
  let start = startOfLocalDay(min);
  // Short spans are widened backwards: the latest session stays at the right edge, where "now" reads.
  const shown = localDaysBetween(start, max) + 1;
  if (shown < minDays) start = addLocalDays(start, -(minDays - shown));
  const days = localDaysBetween(start, end - 1) + 1;
  const limit = Math.max(1, maxTicks);
  for (const step of DAY_STEPS) {
    if (Math.ceil(days / step) <= limit) return { start, end, ticks: dayTicks(start, end, step), unit: "day" };
  }
  for (const step of MONTH_STEPS) {
    const ticks = monthTicks(start, end, step);
    if (ticks.length <= limit) return { start, end, ticks, unit: "month" };
  }
  // Many years: one tick per a whole number of years that fits.
  const years = Math.ceil(days / 365 / limit);
  return { start, end, ticks: monthTicks(start, end, 12 * years), unit: "month" };
}

/** Where `at` falls between `from` and `to` (pixels, or any units) on `axis`, clamped to the ends. */
export function scaleTime(axis: Pick<TimeAxis, "start" | "end">, at: number, from: number, to: number): number {
  const span = axis.end - axis.start;
  const ratio = span <= 0 ? 0.5 : Math.min(1, Math.max(0, (at - axis.start) / span));
  return from + ratio * (to - from);
}
