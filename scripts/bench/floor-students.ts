import { db } from "@/lib/db/prisma";
import { signInDirectly, signOutEverywhere } from "./bench-students";

/** Six courses: a dashboard the size of a busy student's (~23 KB). */
export const BENCH_STUDENT_COURSES = ["math-aa-hl", "physics-sl", "chemistry-hl", "english-a-lang-lit-sl", "history-hl", "economics-sl"];

type Student = { id: string; email: string; name: string | null };

/**
 * Students made for one benchmark run on the development database, enrolled in BENCH_STUDENT_COURSES and
 * signed in (a Redis session each, as a browser's cookie header); deleteBenchStudents removes them.
 */
export async function createBenchStudents(count: number, label: string): Promise<{ students: Student[]; cookies: string[] }> {
  const courses = await db.course.findMany({ where: { slug: { in: BENCH_STUDENT_COURSES } }, select: { id: true } });
  const stamp = Date.now();
  const students: Student[] = [];
  for (let i = 0; i < count; i++) {
    students.push(
      await db.user.create({
        data: {
          email: `${label}-bench-${stamp}-${i}@example.test`,
          name: `Bench ${i}`,
          onboardedAt: new Date(),
          enrolments: { create: courses.map((c) => ({ courseId: c.id, targetGrade: 6 })) },
        },
        select: { id: true, email: true, name: true },
      }),
    );
  }
  const signedIn = await signInDirectly(students);
  return { students, cookies: signedIn.map((s) => s.cookie) };
}

export async function deleteBenchStudents(students: Student[]): Promise<void> {
  await signOutEverywhere(students.map((s) => s.id));
  await db.user.deleteMany({ where: { id: { in: students.map((s) => s.id) } } });
}
