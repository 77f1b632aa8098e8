import { addDays } from "@/lib/calendar/local-calendar";

/**
 * Consecutive active days ending today, or ending yesterday when today has no activity yet (the streak
 * is not broken until the day is over). `activeDays` are local calendar days, in any order, repeats
 * allowed; days after `today` (a clock ahead of ours) are ignored.
 */
export function studyStreak(activeDays: string[], today: string): { days: number; activeToday: boolean } {
  const active = new Set(activeDays);
  const activeToday = active.has(today);
  let day = activeToday ? today : addDays(today, -1);
  let days = 0;
  while (active.has(day)) {
    days += 1;
    day = addDays(day, -1);
  }
  return { days, activeToday };
}
