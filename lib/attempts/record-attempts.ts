import { Prisma } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import type { AnswerInput, MarkResult } from "@/lib/marking/marking-types";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { applyTopicProgress, type ProgressDelta } from "@/lib/progress/apply-topic-progress";

export type AttemptToRecord = {
  question: { id: string; courseId: string; topicId: string; marks: number; version: number };
  answer: AnswerInput;
  result: MarkResult;
  timeSpentMs: number;
  /** A generated variant's seed: `question` is then the family's stored question (see attempts.variant_seed). */
  variantSeed?: number;
};

type Context = { practiceSessionId?: string; mockExamId?: string };

/**
 * The write path for answers: the attempts, the per-topic progress they change and the mistake cards
 * they create, in one transaction and a fixed number of statements however many attempts there are
 * (a mock paper submits thirty at once). Then the user's cached dashboard is dropped. Slow follow-up
 * work (AI feedback, emails) is not done here.
 */
export async function recordAttempts(userId: string, attempts: AttemptToRecord[], context: Context = {}, tx?: DbTransaction): Promise<string[]> {
  if (!attempts.length) return [];
  const work = async (t: DbTransaction) => {
    const now = new Date();
    const rows = await t.attempt.createManyAndReturn({
      data: attempts.map((a) => ({
        userId,
        questionId: a.question.id,
        courseId: a.question.courseId,
        topicId: a.question.topicId,
        practiceSessionId: context.practiceSessionId,
        mockExamId: context.mockExamId,
        answer: a.answer as unknown as Prisma.InputJsonValue,
        status: a.result.status,
        marksAwarded: a.result.marksAwarded,
        maxMarks: a.result.maxMarks,
        pointAwards: a.result.pointAwards as unknown as Prisma.InputJsonValue,
        bandAwards: a.result.bandAwards ? (a.result.bandAwards as unknown as Prisma.InputJsonValue) : undefined,
        markedBy: a.result.markedBy,
        questionVersion: a.question.version,
        timeSpentMs: Math.max(0, Math.min(Math.round(a.timeSpentMs), 86_400_000)),
        variantSeed: a.variantSeed ?? null,
        markedAt: a.result.status === "MARKED" ? now : null,
      })),
      select: { id: true },
    });
    // Written answers awaiting self-marking count towards progress only once marked.
    const marked = attempts.filter((a) => a.result.status === "MARKED");
    await applyTopicProgress(
      t,
      userId,
      marked.map((a): ProgressDelta => ({
        topicId: a.question.topicId,
        courseId: a.question.courseId,
        marksAwarded: a.result.marksAwarded,
        maxMarks: a.result.maxMarks,
        at: now,
      })),
    );
    await enqueueMistakes(
      t,
      userId,
      marked.filter((a) => a.result.marksAwarded < a.result.maxMarks).map((a) => a.question.id),
      now,
    );
    // "Recently active" drives cache warming and the active-student analytics.
    await t.user.update({ where: { id: userId }, data: { lastActiveAt: now }, select: { id: true } });
    return rows.map((r) => r.id);
  };
  const ids = tx ? await work(tx) : await db.$transaction(work);
  if (!tx) await invalidateDashboard(userId);
  return ids;
}

/**
 * A question answered wrongly enters the student's review queue (FSRS), due now. One already in the
 * queue is left as it is: its schedule already reflects the earlier miss.
 */
export async function enqueueMistakes(tx: DbTransaction, userId: string, questionIds: string[], now: Date): Promise<void> {
  const unique = [...new Set(questionIds)];
  if (!unique.length) return;
  await tx.cardState.createMany({ data: unique.map((questionId) => ({ userId, questionId, due: now })), skipDuplicates: true });
}
