const DAY = 86_400_000;

/** "today", "yesterday", "12 days ago" or "not yet": how long since a student was last active, for a teacher's roster. */
export function lastSeen(at: Date | null, now: Date = new Date()): string {
  if (!at) return "not yet";
  const days = Math.floor((now.getTime() - at.getTime()) / DAY);
  return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}
