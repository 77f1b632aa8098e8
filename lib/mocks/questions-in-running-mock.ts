import { db } from "@/lib/db/prisma";
import { DEADLINE_GRACE_MS } from "@/lib/mocks/mock-input";

/**
 * Which of these questions sit in one of the student's mock papers that can still take answers. Practice
 * shows the correct answer, markscheme and solution after each answer, so while a paper runs its
 * questions cannot be practised: otherwise the paper could be answered from practice's feedback.
 */
export async function questionsInRunningMock(userId: string, questionIds: string[], now = new Date()): Promise<Set<string>> {
  if (!questionIds.length) return new Set();
  const running = await db.$primary().mockExam.findMany({
    // A paper past its deadline (and the grace for answers in flight) takes no more answers.
    where: { userId, status: "IN_PROGRESS", deadlineAt: { gt: new Date(now.getTime() - DEADLINE_GRACE_MS) }, questionIds: { hasSome: questionIds } },
    select: { questionIds: true },
  });
  const asked = new Set(questionIds);
  return new Set(running.flatMap((m) => m.questionIds.filter((id) => asked.has(id))));
}
