import { addLocalDays, localDaysBetween, startOfLocalDay } from "../lib/time-axis.ts";

/**
 * Days practised, Anki-heatmap style: which local days had a finished session, the streak up
 * to today, and a calendar of the last weeks. Days are the reader's local calendar days.
 */

/** One day of the calendar. */
export interface PracticeDay {
  /** Local midnight of the day, ms since the epoch. */
  day: number;
  /** Sessions finished that day. */
  sessions: number;
  /** A day after today (the rest of the current week): shown blank, never counted. */
  future: boolean;
}

export interface PracticeCalendar {
  /** Whole weeks, Monday first, oldest first: `weeks × 7` days, ending with the week holding today. */
  days: PracticeDay[];
  /** Days in the calendar (today and before) with at least one session. */
  daysPractised: number;
  /** Sessions finished in the calendar's days. */
  sessions: number;
  /**
   * Days in a row with a session, up to today; a streak that ran to yesterday still counts (today
   * is not over yet). 0 when neither today nor yesterday had one.
   */
  currentStreak: number;
  /** The longest run of days in a row, over the whole history. */
  longestStreak: number;
  /** Whether today already has a session (the streak is safe for today). */
  practisedToday: boolean;
}

/** Sessions per local day, keyed by the day's local midnight. */
function sessionsByDay(finishedAts: readonly number[]): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const at of finishedAts) {
    const day = startOfLocalDay(at);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  return byDay;
}

function longestRun(days: readonly number[]): number {
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of sorted) {
    run = previous !== undefined && localDaysBetween(previous, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return longest;
}

/**
 * The calendar of the `weeks` weeks up to the one holding `now`, from the times sessions finished
 * (ms; any order, any number a day).
 */
export function practiceCalendar(finishedAts: readonly number[], now: number, weeks = 12): PracticeCalendar {
  const byDay = sessionsByDay(finishedAts);
  const today = startOfLocalDay(now);
  const weekday = (new Date(today).getDay() + 6) % 7; // Monday = 0
  const first = addLocalDays(today, -weekday - (weeks - 1) * 7);
  const days: PracticeDay[] = [];
  let daysPractised = 0;
  let sessions = 0;
  for (let i = 0; i < weeks * 7; i += 1) {
    const day = addLocalDays(first, i);
    const future = day > today;
    const count = future ? 0 : (byDay.get(day) ?? 0);
    if (count > 0) daysPractised += 1;
    sessions += count;
    days.push({ day, sessions: count, future });
  }
  const practisedToday = byDay.has(today);
  let currentStreak = 0;
  for (let day = practisedToday ? today : addLocalDays(today, -1); byDay.has(day); day = addLocalDays(day, -1)) {
    currentStreak += 1;
  }
  return {
    days,
    daysPractised,
    sessions,
    currentStreak,
    longestStreak: longestRun([...byDay.keys()].filter((day) => day <= today)),
    practisedToday,
  };
}
