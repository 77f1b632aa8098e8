import { safeTimeZone } from "@/lib/calendar/local-calendar";

/** "Tue 24 Nov, 09:30" in the student's own time zone: when a card comes back. */
export function formatDueDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: safeTimeZone(timeZone),
  }).format(date);
}
