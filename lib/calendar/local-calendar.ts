// Calendar days as "YYYY-MM-DD" strings: a student's day is a date in their zone, not an instant, and
// strings compare, cache and travel as JSON without any zone attached.

const DAY_MS = 86_400_000;

/** The calendar day `at` falls on in `timeZone` (an IANA zone the runtime knows; see safeTimeZone). */
export function localDate(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const toUtcMs = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(toUtcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The zone to compute in: the student's IANA zone, or UTC when it is unknown to this runtime. */
export function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds (negative west of Greenwich). */
export function zoneOffset(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  // The formatter drops milliseconds; take them off `at` too (rounding down, also before 1970).
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/** The instant at which local midnight of the calendar day (y, m, d) happens in `timeZone`. */
function localMidnight(y: number, m: number, d: number, timeZone: string): Date {
  const guess = Date.UTC(y, m, d);
  // Two passes: the offset at the guess may differ from the offset at the answer across a DST change.
  let t = guess - zoneOffset(guess, timeZone);
  t = guess - zoneOffset(t, timeZone);
  return new Date(t);
}

/**
 * The student's "today" as UTC instants: [start, end), from local midnight to the next local midnight.
 * "Due today" and the new-card allowance follow the student's day, not the server's.
 */
export function localDayBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const zone = safeTimeZone(timeZone);
  const local = new Date(now.getTime() + zoneOffset(now.getTime(), zone));
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  const start = localMidnight(y, m, d, zone);
  const next = new Date(Date.UTC(y, m, d) + DAY_MS);
  const end = localMidnight(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), zone);
  return { start, end };
}
