import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";
import type { SelfMarks } from "@/lib/marking/mark-answer";
import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { loadMockResult } from "@/lib/mocks/load-mock-result";
import { mockIdParam } from "@/lib/mocks/mock-input";
import type { MockResult } from "@/lib/mocks/mock-result";
import { retotalMock } from "@/lib/mocks/retotal-mock";
import { mockRowSelect } from "@/lib/mocks/submit-mock-exam";

/**
 * The student marks one written answer of a submitted paper against its markscheme, by ticking the points
 * they earned: the answer becomes MARKED (SELF) and counts towards topic progress, the dashboard and the
 * predicted grade (completeSelfMarking), and the paper's total and grade are recomputed in the same
 * transaction. Only the paper's owner, only once it is submitted (the markscheme is hidden until then),
 * and only once per answer. Answers the updated result.
 */
export async function selfMarkMockAnswer(userId: string, mockId: string, questionId: string, marks: SelfMarks): Promise<MockResult> {
  if (!mockIdParam.safeParse(mockId).success) throw new NotFoundError("No such mock exam.");
  const mock = await db.$primary().mockExam.findFirst({ where: { id: mockId, userId }, select: { status: true } });
  // Another student's paper is "not found", as everywhere in mocks.
  if (!mock || mock.status === "ABANDONED") throw new NotFoundError("No such mock exam.");
  if (mock.status !== "COMPLETED")
    throw new ConflictError("Submit the paper first: answers are marked against the markscheme once the paper is over.", "not_submitted");

  const attempt = await db.$primary().attempt.findFirst({ where: { mockExamId: mockId, userId, questionId }, select: { id: true } });
  if (!attempt) throw new NotFoundError("This paper has no answer to that question to mark.");
  await completeSelfMarking(userId, attempt.id, marks, { mockExamId: mockId }, (tx) => retotalMock(tx, mockId).then(() => undefined));

  return loadMockResult(await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId }, select: mockRowSelect }));
}
