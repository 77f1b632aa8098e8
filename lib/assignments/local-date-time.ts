import { zoneOffset } from "@/lib/calendar/local-calendar";
// A teacher sets "Friday 17:00" in their own zone; what is stored is the instant. Intl knows every zone's
// offsets but only converts instant → local, so local → instant is a small search: guess with the offset
// at nearby instants and keep the candidates that read back as the wanted wall-clock time.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

/** Whether the runtime knows `timeZone` as an IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Parses "YYYY-MM-DDTHH:mm" (what `<input type="datetime-local">` sends) into its wall-clock fields; null if malformed or not a real date. */
export function parseLocalDateTime(value: string): number | null {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 31 April over to 1 May: a date that does not exist is refused, not moved.
  return new Date(wall).getUTCDate() === d ? wall : null;
}

/**
 * The instant at which the wall clock in `timeZone` reads `local` ("YYYY-MM-DDTHH:mm"), resolved as
 * Temporal's "compatible" disambiguation does: a time that happens twice (clocks going back) is the
 * earlier one; a time skipped by clocks going forward is moved forward by the gap (01:30 on the night
 * London springs forward is 02:30 BST), which is what the teacher's own clock will show then.
 * Throws RangeError on a malformed value or an unknown zone; callers validate both first.
 */
export function localDateTimeToInstant(local: string, timeZone: string): Date {
  const wall = parseLocalDateTime(local);
  if (wall === null) throw new RangeError(`not a local date-time: ${local}`);
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${timeZone}`);
  // Offsets a day either side cover every DST change (none moves the clock by more than a few hours).
  const offsets = new Set([zoneOffset(wall - 24 * HOUR_MS, timeZone), zoneOffset(wall, timeZone), zoneOffset(wall + 24 * HOUR_MS, timeZone)]);
  const matches = [...offsets].map((offset) => wall - offset).filter((at) => at + zoneOffset(at, timeZone) === wall);
  if (matches.length) return new Date(Math.min(...matches));
  // In a gap: read the wall time with the offset from before the change, which lands after the gap.
  const before = zoneOffset(wall - 24 * HOUR_MS, timeZone);
  return new Date(wall - before);
}

/** An instant as "YYYY-MM-DDTHH:mm" on the wall clock of `timeZone` (to refill a datetime-local input). */
export function instantToLocalDateTime(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffset(at.getTime(), timeZone)).toISOString().slice(0, 16);
}
