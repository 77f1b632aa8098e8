const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/**
 * A review interval as a student reads it on a rating button ("10 minutes", "3 days", "2 months").
 * Rounded to the unit that matters at that scale: nobody plans around "3 days 4 hours".
 */
export function formatInterval(ms: number, { exact = false }: { exact?: boolean } = {}): string {
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), "minute");
  if (ms < DAY) return plural(Math.round(ms / HOUR), "hour");
  const days = Math.round(ms / DAY);
  // `exact` keeps days at any length: two intervals that round to the same month still read differently.
  if (days < 31 || exact) return plural(days, "day");
  if (days < 365) return plural(Math.round(days / 30), "month");
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} year${years === 1 ? "" : "s"}`;
}
