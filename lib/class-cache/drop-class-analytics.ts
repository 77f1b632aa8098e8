import { logger } from "@/lib/observability/logger";
import { isRedisUsable, redis } from "@/lib/redis/redis-client";
import { CLASS_RECENT_WRITE_WINDOW_MS, classAnalyticsKey, classRecentWriteKey } from "@/lib/class-cache/class-analytics-cache";
import { classIdsOfStudent } from "@/lib/class-cache/student-class-index";

/**
 * Drops the cached analytics of these classes and sends their next computation to the primary (the
 * write that caused this may not have reached a replica yet). One pipelined round trip however many
 * classes. Never throws: a lost Redis holds no cached analytics to be stale.
 */
export async function dropClassAnalytics(classIds: string[]): Promise<void> {
  if (!classIds.length) return;
  const pipeline = redis.pipeline();
  for (const id of classIds) {
    pipeline.del(classAnalyticsKey(id));
    pipeline.set(classRecentWriteKey(id), "1", "PX", CLASS_RECENT_WRITE_WINDOW_MS);
  }
  try {
    await pipeline.exec();
  } catch (err) {
    logger.warn({ classIds, err: (err as Error).message }, "class analytics invalidation failed");
  }
}

/**
 * After a write that changes a student's results: the analytics of every class they belong to. Two
 * Redis round trips (their class index, then the pipelined drop) and no query, except one when the
 * index must be rebuilt.
 */
export async function dropClassesOfStudent(userId: string): Promise<void> {
  if (!isRedisUsable(redis)) return; // no cached analytics to drop, and waiting would slow the write
  let classIds: string[];
  try {
    classIds = await classIdsOfStudent(userId);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not read a student's classes to drop their analytics");
    return;
  }
  await dropClassAnalytics(classIds);
}
