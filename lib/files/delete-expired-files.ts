import { db } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";

/**
 * The cleanup cron: deletes files past their expiry, in batches (the expires_at index) so one run never
 * holds a long transaction. Idempotent; returns how many were deleted. `maxBatches` bounds one run, and
 * the next run picks up the rest.
 */
export async function deleteExpiredFiles({
  now = new Date(),
  batchSize = 200,
  maxBatches = 50,
}: { now?: Date; batchSize?: number; maxBatches?: number } = {}): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const expired = await db
      .$primary()
      .generatedFile.findMany({ where: { expiresAt: { lte: now } }, orderBy: { expiresAt: "asc" }, take: batchSize, select: { id: true } });
    if (!expired.length) break;
    const { count } = await db.generatedFile.deleteMany({ where: { id: { in: expired.map((f) => f.id) }, expiresAt: { lte: now } } });
    deleted += count;
    if (expired.length < batchSize) break;
  }
  if (deleted) logger.info({ deleted }, "deleted expired generated files");
  return deleted;
}
