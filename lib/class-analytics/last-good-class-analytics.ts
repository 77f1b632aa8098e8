import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { LAST_GOOD_CLASS_ANALYTICS_TTL_SECONDS, lastGoodClassAnalyticsKey } from "@/lib/class-cache/class-analytics-cache";
import type { ClassAnalytics } from "@/lib/class-analytics/class-analytics-types";

type LastGood = { analytics: ClassAnalytics; teacherIds: string[] };

/**
 * Keeps a copy of freshly computed analytics for outages, with who taught the class then. Best effort:
 * never fails the request.
 */
export async function keepLastGoodClassAnalytics(analytics: ClassAnalytics, teacherIds: string[]): Promise<void> {
  if (!isRedisUsable(redis)) return;
  try {
    const copy: LastGood = { analytics, teacherIds };
    await redis.set(lastGoodClassAnalyticsKey(analytics.classId), JSON.stringify(copy), "EX", LAST_GOOD_CLASS_ANALYTICS_TTL_SECONDS);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not keep the last good class analytics");
  }
}

/**
 * The class's last computed analytics, marked stale, if `teacherId` taught the class when they were
 * computed (the database, which would say who teaches it now, is down); null otherwise, when there are
 * none, or when Redis is down too. A teacher taken off the class in the last day could see that day-old
 * copy during an outage: the price of answering at all.
 */
export async function lastGoodClassAnalytics(classId: string, teacherId: string): Promise<ClassAnalytics | null> {
  if (!isRedisUsable(redis)) return null;
  try {
    const raw = await redis.get(lastGoodClassAnalyticsKey(classId));
    const copy = raw ? (JSON.parse(raw) as LastGood) : null;
    return copy?.teacherIds.includes(teacherId) ? { ...copy.analytics, stale: true } : null;
  } catch {
    return null;
  }
}
