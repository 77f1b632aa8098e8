import { db } from "@/lib/db/prisma";
import { startFileJob } from "@/lib/files/request-file";

/** A file still pending after this long has probably lost its job (the event was never sent). */
export const PENDING_GRACE_MINUTES = 15;

/**
 * The retry sweep: sends the build event again for files left PENDING (an enqueue that failed after the
 * row was committed, or an inline run lost with its process). Each sweep's event has an id of its own:
 * the original id is deduplicated for a day. A job that is merely slow may then run twice at once, which
 * the build tolerates (a READY file is never rebuilt or emailed twice).
 */
export async function requeuePendingFiles({ now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {}): Promise<number> {
  const stale = await db.$primary().generatedFile.findMany({
    where: { status: "PENDING", createdAt: { lte: new Date(now.getTime() - PENDING_GRACE_MINUTES * 60_000) }, expiresAt: { gt: now } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  const sweep = `sweep-${now.toISOString().slice(0, 16)}`;
  for (const file of stale) if (await startFileJob(file.id, sweep)) sent += 1;
  return sent;
}
