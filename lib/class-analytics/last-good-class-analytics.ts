import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { LAST_GOOD_CLASS_ANALYTICS_TTL_SECONDS, lastGoodClassAnalyticsKey } from "@/lib/class-analytics/class-analytics-cache";
import type { ClassAnalytics } from "@/lib/class-analytics/class-analytics-types";

/** Keeps a copy of freshly computed analytics for outages. Best effort: never fails the request. */
export async function keepLastGoodClassAnalytics(analytics: ClassAnalytics): Promise<void> {
  if (!isRedisUsable(redis)) return;
  try {
    await redis.set(lastGoodClassAnalyticsKey(analytics.classId), JSON.stringify(analytics), "EX", LAST_GOOD_CLASS_ANALYTICS_TTL_SECONDS);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not keep the last good class analytics");
  }
}

/** The class's last computed analytics, marked stale; null when there are none (or Redis is down too). */
export async function lastGoodClassAnalytics(classId: string): Promise<ClassAnalytics | null> {
  if (!isRedisUsable(redis)) return null;
  try {
    const raw = await redis.get(lastGoodClassAnalyticsKey(classId));
    return raw ? { ...(JSON.parse(raw) as ClassAnalytics), stale: true } : null;
  } catch {
    return null;
  }
}
