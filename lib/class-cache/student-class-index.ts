import { db } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { redis } from "@/lib/redis/redis-client";

/**
 * Per student, the ids of the live classes they belong to, kept in Redis so that a student's write can
 * drop the analytics of each of their classes without asking the database (the write path is the hot
 * path: every answer). The set is a cache of class_members:
 * - it is complete only when it holds BUILT; a set without it (missing, expired, or started by a join
 *   before any rebuild) is rebuilt from the database with one query, and a rebuild adds (never replaces),
 *   so a join racing a rebuild cannot be lost;
 * - join adds the class, leave/remove/archive take it out. A class left in a set by a race only costs
 *   the deletion of a key that is not needed: over-invalidating is safe, under-invalidating is not.
 */
export const studentClassesKey = (userId: string) => `student-classes:v1:${userId}`;
const BUILT = "*";
/** A week: the set is rebuilt from the database at most that often per active student. */
export const STUDENT_CLASSES_TTL_SECONDS = 7 * 24 * 60 * 60;

/** The student's live class ids: one Redis read, plus one query when the set must be (re)built. */
export async function classIdsOfStudent(userId: string): Promise<string[]> {
  const key = studentClassesKey(userId);
  const members = await redis.smembers(key);
  if (members.includes(BUILT)) return members.filter((m) => m !== BUILT);
  const rows = await db.$primary().classMember.findMany({ where: { userId, class: { archivedAt: null } }, select: { classId: true } });
  const ids = rows.map((r) => r.classId);
  await redis
    .multi()
    .sadd(key, BUILT, ...ids)
    .expire(key, STUDENT_CLASSES_TTL_SECONDS)
    .exec();
  return [...new Set([...ids, ...members])];
}

/** After a student joined a class (its commit). */
export async function noteClassJoined(userId: string, classId: string): Promise<void> {
  await quietly(() => redis.multi().sadd(studentClassesKey(userId), classId).expire(studentClassesKey(userId), STUDENT_CLASSES_TTL_SECONDS).exec());
}

/** After students left a class, were removed from it, or it was archived. */
export async function noteClassLeft(userIds: string[], classId: string): Promise<void> {
  if (!userIds.length) return;
  const pipeline = redis.pipeline();
  for (const userId of userIds) pipeline.srem(studentClassesKey(userId), classId);
  await quietly(() => pipeline.exec());
}

async function quietly(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (err) {
    // Without Redis there are no cached analytics to keep in step; the next rebuild reads the database.
    logger.warn({ err: (err as Error).message }, "could not update a student's class index");
  }
}
