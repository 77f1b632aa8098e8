import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { MarkResult } from "@/lib/marking/marking-types";
import { enqueueMistakes } from "@/lib/attempts/record-attempts";
import { applyTopicProgress } from "@/lib/progress/apply-topic-progress";
import { correctTopicProgress } from "@/lib/progress/correct-topic-progress";

/** The attempt being marked, as what it counts towards needs it. */
export type MarkingTarget = { userId: string; questionId: string; courseId: string; topicId: string };

/** The marks an attempt already counted with, or null when it had not counted yet (it was awaiting marking). */
export type CountedMarks = { marksAwarded: number; maxMarks: number } | null;

/** The attempt's columns a marking sets, whoever the marker (markedBy, and a teacher's id and comment, are the caller's). */
export function markingColumns(result: MarkResult, now: Date) {
  return {
    status: "MARKED" as const,
    marksAwarded: result.marksAwarded,
    maxMarks: result.maxMarks,
    pointAwards: result.pointAwards as unknown as Prisma.InputJsonValue,
    bandAwards: result.bandAwards ? (result.bandAwards as unknown as Prisma.InputJsonValue) : undefined,
    markedAt: now,
  };
}

/**
 * What a written answer's marking changes beyond its own row, the same for the student's self-marking and
 * a teacher's: topic progress (counted now, or corrected when it already counted with other marks), the
 * mistake queue, then `afterMarked` (a mock paper retotals itself), all inside the marking's transaction.
 * The caller drops the student's dashboard after the commit; the predicted grade is read from the
 * attempts themselves, so it follows.
 */
export async function countMarking(
  tx: DbTransaction,
  attempt: MarkingTarget,
  result: Pick<MarkResult, "marksAwarded" | "maxMarks">,
  before: CountedMarks,
  now: Date,
  afterMarked?: (tx: DbTransaction) => Promise<void>,
): Promise<void> {
  if (before) await correctTopicProgress(tx, attempt.userId, attempt.topicId, before, result);
  else
    await applyTopicProgress(tx, attempt.userId, [
      { topicId: attempt.topicId, courseId: attempt.courseId, marksAwarded: result.marksAwarded, maxMarks: result.maxMarks, at: now },
    ]);
  if (result.marksAwarded < result.maxMarks) await enqueueMistakes(tx, attempt.userId, [attempt.questionId], now);
  if (afterMarked) await afterMarked(tx);
}
