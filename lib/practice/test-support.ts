import { randomUUID } from "node:crypto";
import pg from "pg";
import { vi } from "vitest";
import { db } from "@/lib/db/prisma";

/** A fresh student enrolled in the given courses; delete with deleteStudents (their data cascades). */
export async function createStudent(courseSlugs: string[] = []): Promise<string> {
  const courses = await db.$primary().course.findMany({ where: { slug: { in: courseSlugs } }, select: { id: true } });
  const user = await db.user.create({
    data: { email: `practice-${randomUUID()}@example.test`, onboardedAt: new Date(), enrolments: { create: courses.map((c) => ({ courseId: c.id })) } },
    select: { id: true },
  });
  return user.id;
}

export async function deleteStudents(ids: string[]): Promise<void> {
  await db.user.deleteMany({ where: { id: { in: ids } } });
}

/** Published questions of a course with what the tests need to answer them right. */
export async function publishedQuestions(courseSlug: string, where: { type?: "MCQ" | "NUMERIC" | "WRITTEN"; topicId?: string } = {}) {
  return db.$primary().question.findMany({
    where: { course: { slug: courseSlug }, status: "PUBLISHED", ...where },
    orderBy: { key: "asc" },
    select: {
      id: true,
      key: true,
      type: true,
      topicId: true,
      courseId: true,
      marks: true,
      difficulty: true,
      paper: true,
      correctOptionId: true,
      numericAnswer: true,
      options: true,
      version: true,
    },
  });
}

export const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

/**
 * Every SQL statement `work` sends, counted at the driver (both pools, BEGIN/COMMIT included). Unlike
 * countQueries, which only sees operations through the extended client, this also counts reads routed
 * to a replica and through db.$primary().
 */
export async function countSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await work();
    const statements = spy.mock.calls.map(([q]) =>
      String(typeof q === "string" ? q : ((q as { text?: string }).text ?? ""))
        .replace(/\s+/g, " ")
        .slice(0, 60),
    );
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}
