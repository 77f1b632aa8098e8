import { db, type DbClient } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { classRecentWriteKey } from "@/lib/class-cache/class-analytics-cache";

/**
 * Where a class's analytics are computed from: the primary within the window after a member's write
 * (dropClassAnalytics marks it), so the teacher sees the answer just given; a replica otherwise.
 */
export async function classReader(classId: string): Promise<DbClient> {
  try {
    return (await redis.exists(classRecentWriteKey(classId))) ? (db.$primary() as DbClient) : db;
  } catch {
    return db.$primary() as DbClient; // without Redis we cannot know: the primary is always right
  }
}
