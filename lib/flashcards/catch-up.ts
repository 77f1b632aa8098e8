/** Reviews a day in catch-up mode: enough to make progress on a backlog without making revision a chore. */
export const DEFAULT_DAILY_CAPACITY = 100;
/** How many days ahead a catch-up plan is shown. */
export const CATCH_UP_PLAN_DAYS = 7;

/** Catch-up is worth offering once the backlog is more than one day's work. */
export function needsCatchUp(backlog: number, dailyCapacity = DEFAULT_DAILY_CAPACITY): boolean {
  return backlog > dailyCapacity;
}

/**
 * Spreads a backlog over the coming days, at most `dailyCapacity` a day, starting today (of which
 * `reviewedToday` is already used). Returns one count per day with work, today first, for at most `days`
 * days: [100, 12] for 112 cards at 100 a day. When the backlog does not fit in `days` days the counts sum
 * to less than the backlog; the rest comes after the plan's horizon, still at the same daily pace, rather
 * than the plan raising the daily load.
 */
export function planCatchUp(backlog: number, dailyCapacity: number, days: number, reviewedToday = 0): number[] {
  if (!Number.isFinite(backlog) || !Number.isFinite(dailyCapacity) || dailyCapacity < 1)
    throw new RangeError("planCatchUp needs a finite backlog and a daily capacity of at least 1");
  const plan: number[] = [];
  let left = Math.max(0, Math.floor(backlog));
  for (let day = 0; day < days && left > 0; day++) {
    const capacity = day === 0 ? Math.max(0, dailyCapacity - reviewedToday) : dailyCapacity;
    const take = Math.min(capacity, left);
    plan.push(take);
    left -= take;
  }
  return plan;
}

/** "100 today, 12 tomorrow, 5 on day 3"; what is left past the plan is said once at the end. */
export function describeCatchUpPlan(plan: number[], backlog: number): string {
  const names = (day: number) => (day === 0 ? "today" : day === 1 ? "tomorrow" : `on day ${day + 1}`);
  const parts = plan.map((count, day) => `${count} ${names(day)}`);
  const later = backlog - plan.reduce((a, b) => a + b, 0);
  if (later > 0) parts.push(`${later} after that`);
  return parts.join(", ");
}
