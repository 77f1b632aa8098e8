import { db, type DbTransaction } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { MarkResult } from "@/lib/marking/marking-types";
import { selfMark, type SelfMarks } from "@/lib/marking/mark-answer";
import { countMarking, markingColumns } from "@/lib/attempts/count-marking";
import { questionAsAnswered } from "@/lib/attempts/question-as-answered";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";

const alreadyMarked = (markedBy: string | null) =>
  markedBy === "TEACHER"
    ? new ConflictError("Your teacher has marked this answer, so it can no longer be self-marked.", "marked_by_teacher")
    : new ConflictError("This answer has already been marked.", "already_marked");

/**
 * A written answer's second half: the student ticks the marking points they earned (or places the answer on
 * the markbands), and the attempt
 * becomes MARKED (SELF) and only now counts towards topic progress and the mistake queue, exactly as
 * recordAttempts would have counted it. The status flip is a compare-and-set inside the transaction,
 * so a double click or a second tab cannot count the same answer twice. `afterMarked` runs in the same
 * transaction (a mock paper retotals itself there, so its total never disagrees with its attempts).
 */
export async function completeSelfMarking(
  userId: string,
  attemptId: string,
  marks: SelfMarks,
  scope: { practiceSessionId?: string; mockExamId?: string; variantOf?: string } = {},
  afterMarked?: (tx: DbTransaction) => Promise<void>,
): Promise<{ attemptId: string; result: MarkResult }> {
  const attempt = await db.$primary().attempt.findFirst({
    where: {
      id: attemptId,
      userId,
      ...(scope.practiceSessionId ? { practiceSessionId: scope.practiceSessionId } : {}),
      ...(scope.mockExamId ? { mockExamId: scope.mockExamId } : {}),
      ...(scope.variantOf ? { questionId: scope.variantOf, variantSeed: { not: null } } : {}),
    },
    select: { questionId: true, courseId: true, topicId: true, status: true, markedBy: true, variantSeed: true },
  });
  // Another user's attempt is "not found", never "forbidden": ids of others' answers are not confirmed.
  if (!attempt) throw new NotFoundError("There is no such answer to mark.");
  if (attempt.status !== "AWAITING_MARKING") throw alreadyMarked(attempt.markedBy);

  const question = await questionAsAnswered(attempt);
  // Refuses labels the question does not have (400) before anything is written.
  const result = selfMark(question, { labels: [...new Set(marks.labels ?? [])], bands: marks.bands });

  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.attempt.updateMany({
      where: { id: attemptId, userId, status: "AWAITING_MARKING" },
      data: { ...markingColumns(result, now), markedBy: "SELF" },
    });
    if (count !== 1) {
      // A teacher may have marked it in the meantime: say so rather than "already marked".
      const current = await tx.attempt.findUnique({ where: { id: attemptId }, select: { markedBy: true } });
      throw alreadyMarked(current?.markedBy ?? null);
    }
    await countMarking(tx, { ...attempt, userId }, result, null, now, afterMarked);
  });
  await invalidateDashboard(userId);
  return { attemptId, result };
}
