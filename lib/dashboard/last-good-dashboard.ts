import type { Redis } from "ioredis";
import { isRedisUsable, redis as appRedis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { LAST_GOOD_DASHBOARD_TTL_SECONDS, lastGoodDashboardKey } from "@/lib/progress/dashboard-cache";
import type { StudentDashboard } from "@/lib/dashboard/dashboard-types";

/** Keeps a copy of a freshly computed dashboard for outages. Best effort: never fails the request. */
export async function keepLastGoodDashboard(userId: string, dashboard: StudentDashboard, redis: Redis = appRedis): Promise<void> {
  if (!isRedisUsable(redis)) return;
  try {
    await redis.set(lastGoodDashboardKey(userId), JSON.stringify(dashboard), "EX", LAST_GOOD_DASHBOARD_TTL_SECONDS);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not keep the last good dashboard");
  }
}

/** The student's last computed dashboard, marked stale; null when there is none (or Redis is down too). */
export async function lastGoodDashboard(userId: string, redis: Redis = appRedis): Promise<StudentDashboard | null> {
  if (!isRedisUsable(redis)) return null;
  try {
    const raw = await redis.get(lastGoodDashboardKey(userId));
    return raw ? { ...(JSON.parse(raw) as StudentDashboard), stale: true } : null;
  } catch {
    return null;
  }
}
