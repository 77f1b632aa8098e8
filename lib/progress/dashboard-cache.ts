import { cache, type CachePolicy } from "@/lib/cache/cache-aside";
import { markRecentWrite } from "@/lib/db/read-your-writes";
import { dropClassesOfStudent } from "@/lib/class-cache/drop-class-analytics";

// A student's dashboard payload is theirs alone: the key carries the user id, and every write of theirs
// that changes it (an attempt, a card review, an enrolment change) drops it.
export const dashboardCachePolicy: CachePolicy = { cache: "dashboard", ttlSeconds: 10 * 60 };
// The version segment changes with the payload's shape (v3: the prediction counts different questions and
// topics; newCardsToday; per course answered and mastery; v4: weak topics link their notes).
export const dashboardKey = (userId: string) => `dashboard:v4:${userId}`;

// The last dashboard computed for each student, kept a day and never invalidated: served (marked stale)
// only when the database cannot be reached, where an out-of-date dashboard beats an error page.
export const LAST_GOOD_DASHBOARD_TTL_SECONDS = 24 * 60 * 60;
export const lastGoodDashboardKey = (userId: string) => `dashboard:last-good:v4:${userId}`;

/**
 * Call after any write of the user's that the dashboard shows; their next reads also go to the primary.
 * The analytics of each class they belong to show the same results, so those are dropped too (from their
 * class index in Redis: no query per class on this path).
 */
export async function invalidateDashboard(userId: string): Promise<void> {
  await Promise.all([cache.invalidate(dashboardKey(userId)), markRecentWrite(userId), dropClassesOfStudent(userId)]);
}
