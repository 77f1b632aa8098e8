/**
 * A moment as the student reads it: in their own time zone, named, so "15:30 CET" cannot be mistaken
 * for server time. Unknown zones fall back to UTC (the caller passes safeTimeZone's answer).
 */
export function formatInTimeZone(at: Date | number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(at);
}
