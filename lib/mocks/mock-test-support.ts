import { randomUUID } from "node:crypto";
import pg from "pg";
import { vi } from "vitest";
import { db } from "@/lib/db/prisma";

/** A fresh student enrolled in the given courses, for one test file; delete with deleteStudents. */
export async function createStudent(courseSlugs: string[]): Promise<string> {
  const courses = await db.course.findMany({ where: { slug: { in: courseSlugs } }, select: { id: true } });
  const user = await db.user.create({
    data: { email: `mocks-${randomUUID()}@example.test`, onboardedAt: new Date(), enrolments: { create: courses.map((c) => ({ courseId: c.id })) } },
  });
  return user.id;
}

export async function deleteStudents(ids: string[]): Promise<void> {
  await db.user.deleteMany({ where: { id: { in: ids } } });
}

/** The paper's questions with their answers, in paper order (tests only: never sent to a student). */
export async function paperQuestions(mockId: string) {
  const mock = await db.$primary().mockExam.findUniqueOrThrow({ where: { id: mockId }, select: { questionIds: true } });
  const rows = await db.question.findMany({ where: { id: { in: mock.questionIds } }, include: { markingPoints: { orderBy: { sortOrder: "asc" } } } });
  return mock.questionIds.map((id) => rows.find((q) => q.id === id)!);
}

/**
 * SQL statements sent to PostgreSQL by `work`, counted at the driver (BEGIN and COMMIT included), on the
 * primary and the replicas alike. (lib/db/query-counter.ts sees only operations inside transactions.)
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await work();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}
