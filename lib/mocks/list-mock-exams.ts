import type { PaperCode } from "@/lib/catalog/catalog-input";
import { db } from "@/lib/db/prisma";

export type MockExamSummary = {
  id: string;
  course: { slug: string; name: string };
  paper: PaperCode;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  startedAt: Date;
  deadlineAt: Date;
  marksAwarded: number | null;
  totalMarks: number;
  grade: number | null;
  /** In progress but past its deadline: opening it submits it (lib/mocks/mock-exam-state.ts). */
  timeUp: boolean;
};

/** The student's latest papers, newest first (the (user_id, started_at) index). From the primary: a paper just submitted must show as done. */
export async function listMockExams(userId: string, limit = 20, now: Date = new Date()): Promise<MockExamSummary[]> {
  const rows = await db.$primary().mockExam.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: Math.min(Math.max(limit, 1), 100),
    select: {
      id: true,
      paper: true,
      status: true,
      startedAt: true,
      deadlineAt: true,
      marksAwarded: true,
      totalMarks: true,
      grade: true,
      course: { select: { slug: true, name: true } },
    },
  });
  return rows.map((m) => ({ ...m, timeUp: m.status === "IN_PROGRESS" && m.deadlineAt.getTime() <= now.getTime() }));
}
