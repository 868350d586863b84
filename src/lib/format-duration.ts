const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration in words a person reads at a glance: "42 s", "5 min", "1 h 5 min", "2 d 3 h".
 * Under a minute it counts seconds; from a minute on it rounds to the nearest minute (and,
 * from a day on, to the nearest hour), so "You were away 5 min" never shows seconds noise.
 * Negative or non-finite input reads "0 s".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return "0 s";
  if (ms < MINUTE - SECOND / 2) return `${Math.round(ms / SECOND)} s`;
  if (ms < DAY - MINUTE / 2) {
    const totalMinutes = Math.max(1, Math.round(ms / MINUTE));
    const hours = Math.floor(totalMinutes / 60);
    const minutes = totalMinutes % 60;
    if (hours === 0) return `${minutes} min`;
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  }
  const totalHours = Math.round(ms / HOUR);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}
