import { db } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";

/**
 * Read-your-writes across replica lag: after a user writes, that user's reads go to the primary for a
 * short window; everyone else keeps reading from replicas. The window only needs to outlast replication
 * lag (milliseconds normally; a replica lagging more than this is taken out of rotation). Chosen over
 * "serve the freshly written value" because the dashboard is recomputed from many tables, not one row.
 */
export const READ_YOUR_WRITES_WINDOW_MS = 15_000;

export const recentWriteKey = (userId: string) => `ryw:${userId}`;

/** Records that the user just wrote (call it with or right after the write's commit). */
export async function markRecentWrite(userId: string): Promise<void> {
  try {
    await redis.set(recentWriteKey(userId), "1", "PX", READ_YOUR_WRITES_WINDOW_MS);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "could not mark a recent write");
  }
}

/** The client for this user's reads: the primary within the window after their write, else a replica. */
export async function readerFor(userId: string): Promise<typeof db> {
  try {
    return (await redis.exists(recentWriteKey(userId))) ? (db.$primary() as typeof db) : db;
  } catch {
    return db.$primary() as typeof db; // without Redis we cannot know: the primary is always right
  }
}
