import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { createTestUser, type TestUser } from "@/lib/test-support/users";

export type TestClass = { id: string; courseId: string; courseSlug: string; joinCode: string; teacher: TestUser; students: TestUser[] };

/**
 * Test support: a class of a seeded course with its own teacher and `students` members (each enrolled in
 * the course), written straight to the primary so a test of one feature does not depend on the others.
 * Delete with deleteTestClass.
 */
export async function createTestClass(options: { courseSlug?: string; students?: number; teacher?: TestUser; name?: string } = {}): Promise<TestClass> {
  const courseSlug = options.courseSlug ?? "physics-sl";
  const course = await db.$primary().course.findUniqueOrThrow({ where: { slug: courseSlug }, select: { id: true } });
  const teacher = options.teacher ?? (await createTestUser({ role: "TEACHER" }));
  const students: TestUser[] = [];
  for (let i = 0; i < (options.students ?? 0); i++) students.push(await createTestUser({ courses: [courseSlug] }));
  const joinCode = randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase();
  const created = await db.schoolClass.create({
    data: {
      courseId: course.id,
      name: options.name ?? `Test class ${joinCode}`,
      joinCode,
      teachers: { create: { userId: teacher.id } },
      members: { create: students.map((s) => ({ userId: s.id })) },
    },
    select: { id: true },
  });
  return { id: created.id, courseId: course.id, courseSlug, joinCode, teacher, students };
}

/** Removes the class and the users createTestClass made for it (their work cascades with them). */
export async function deleteTestClass(c: TestClass, options: { keepTeacher?: boolean } = {}): Promise<void> {
  await db.schoolClass.deleteMany({ where: { id: c.id } });
  const ids = [...c.students.map((s) => s.id), ...(options.keepTeacher ? [] : [c.teacher.id])];
  await db.user.deleteMany({ where: { id: { in: ids } } });
}
