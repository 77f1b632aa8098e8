import type { Prisma } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { MarkResult } from "@/lib/marking/marking-types";
import { selfMark, type SelfMarks } from "@/lib/marking/mark-answer";
import { enqueueMistakes } from "@/lib/attempts/record-attempts";
import { applyTopicProgress } from "@/lib/progress/apply-topic-progress";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { variantQuestion } from "@/lib/attempts/variant-question";

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
    select: { questionId: true, courseId: true, topicId: true, status: true, variantSeed: true },
  });
  // Another user's attempt is "not found", never "forbidden": ids of others' answers are not confirmed.
  if (!attempt) throw new NotFoundError("There is no such answer to mark.");
  if (attempt.status !== "AWAITING_MARKING") throw new ConflictError("This answer has already been marked.", "already_marked");

  const [family] = await loadQuestionsForAnswering([attempt.questionId]);
  // A variant's points are its generator's for that seed, not the stored question's.
  const question = family && attempt.variantSeed !== null ? variantQuestion(family, attempt.variantSeed) : family;
  if (!question) throw new ConflictError("This question has been withdrawn, so the answer can no longer be marked.", "question_unavailable");
  // Refuses labels the question does not have (400) before anything is written.
  const result = selfMark(question, { labels: [...new Set(marks.labels ?? [])], bands: marks.bands });

  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.attempt.updateMany({
      where: { id: attemptId, userId, status: "AWAITING_MARKING" },
      data: {
        status: "MARKED",
        markedBy: "SELF",
        marksAwarded: result.marksAwarded,
        maxMarks: result.maxMarks,
        pointAwards: result.pointAwards as unknown as Prisma.InputJsonValue,
        bandAwards: result.bandAwards ? (result.bandAwards as unknown as Prisma.InputJsonValue) : undefined,
        markedAt: now,
      },
    });
    if (count !== 1) throw new ConflictError("This answer has already been marked.", "already_marked");
    await applyTopicProgress(tx, userId, [
      { topicId: attempt.topicId, courseId: attempt.courseId, marksAwarded: result.marksAwarded, maxMarks: result.maxMarks, at: now },
    ]);
    if (result.marksAwarded < result.maxMarks) await enqueueMistakes(tx, userId, [attempt.questionId], now);
    if (afterMarked) await afterMarked(tx);
  });
  await invalidateDashboard(userId);
  return { attemptId, result };
}
