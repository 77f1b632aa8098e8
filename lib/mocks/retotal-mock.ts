import type { DbTransaction } from "@/lib/db/prisma";
import { gradeMock } from "@/lib/mocks/grade-mock";

/**
 * Recomputes a submitted paper's total and grade from its MARKED attempts, inside the transaction that
 * just marked one of them. The paper's row is locked first, so two answers self-marked at once retotal
 * one after the other, and the second sum (a new statement, so a new snapshot) sees the first answer.
 * Answers still awaiting marking count 0, whatever marks an older version stored on them.
 */
export async function retotalMock(tx: DbTransaction, mockId: string): Promise<{ marksAwarded: number; grade: number | null; boundarySession: string | null }> {
  const [locked] = await tx.$queryRaw<{ course_id: string; total_marks: number }[]>`
    select course_id, total_marks from mock_exams where id = ${mockId}::uuid for update`;
  if (!locked) throw new Error(`mock exam ${mockId} vanished while being marked`);
  const [sum, boundaries] = await Promise.all([
    tx.attempt.aggregate({ where: { mockExamId: mockId, status: "MARKED" }, _sum: { marksAwarded: true } }),
    tx.gradeBoundary.findMany({ where: { courseId: locked.course_id }, select: { session: true, grade: true, minPercent: true } }),
  ]);
  const marksAwarded = sum._sum.marksAwarded ?? 0;
  const total = locked.total_marks;
  const graded = gradeMock(total ? (marksAwarded / total) * 100 : 0, boundaries);
  await tx.mockExam.update({ where: { id: mockId }, data: { marksAwarded, ...graded }, select: { id: true } });
  return { marksAwarded, ...graded };
}
