import { db } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { DEADLINE_GRACE_MS } from "@/lib/mocks/mock-input";
import { submitMockExam } from "@/lib/mocks/submit-mock-exam";

/**
 * Submits every paper still in progress after its deadline (and the autosave grace): the background
 * sweep, so results and progress exist even for papers nobody opens again. Reads go through the
 * (status, deadline_at) index, oldest first, in batches, on the primary: a replica lagging behind would
 * hand back papers this sweep has just submitted. Returns how many papers it submitted. One failing paper is logged
 * and does not stop the others.
 */
export async function submitExpiredMockExams(now: Date = new Date(), batchSize = 100): Promise<number> {
  const cutoff = new Date(now.getTime() - DEADLINE_GRACE_MS);
  let submitted = 0;
  const failed = new Set<string>();
  for (;;) {
    const due = await db.$primary().mockExam.findMany({
      where: { status: "IN_PROGRESS", deadlineAt: { lt: cutoff }, id: { notIn: [...failed] } },
      orderBy: { deadlineAt: "asc" },
      take: batchSize,
      select: { id: true, userId: true },
    });
    for (const mock of due) {
      try {
        await submitMockExam(mock.userId, mock.id, { auto: true, now });
        submitted += 1;
      } catch (err) {
        failed.add(mock.id);
        logger.error({ err, mockExamId: mock.id }, "could not submit an expired mock exam");
      }
    }
    if (due.length < batchSize) return submitted;
  }
}
