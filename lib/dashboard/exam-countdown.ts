import { daysBetween } from "@/lib/calendar/local-calendar";
import type { StudentDashboard } from "@/lib/dashboard/dashboard-types";

/**
 * Days from the student's today to the first day of their exam session: IB written exams start in the
 * first days of May and of November, so 1 May / 1 November is the date that matters for planning.
 * Zero on the day itself, negative once it has passed; null when the student has not said.
 */
export function examCountdown(examMonth: "MAY" | "NOVEMBER" | null, examYear: number | null, today: string): StudentDashboard["exam"] {
  if (!examMonth || !examYear) return null;
  const startsOn = `${String(examYear).padStart(4, "0")}-${examMonth === "MAY" ? "05" : "11"}-01`;
  return { month: examMonth, year: examYear, startsOn, daysLeft: daysBetween(today, startsOn) };
}
