import { cache, type CachePolicy } from "@/lib/cache/cache-aside";

// A student's dashboard payload is theirs alone: the key carries the user id, and every write of theirs
// that changes it (an attempt, a card review, an enrolment change) drops it.
export const dashboardCachePolicy: CachePolicy = { cache: "dashboard", ttlSeconds: 10 * 60 };
export const dashboardKey = (userId: string) => `dashboard:v1:${userId}`;

export async function invalidateDashboard(userId: string): Promise<void> {
  await cache.invalidate(dashboardKey(userId));
}
