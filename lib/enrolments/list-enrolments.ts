import { db } from "@/lib/db/prisma";

export type EnrolledCourse = { slug: string; name: string; level: "SL" | "HL"; targetGrade: number | null };

/** The student's courses, from the primary: the list right after onboarding must include what was just chosen. */
export async function listEnrolments(userId: string): Promise<EnrolledCourse[]> {
  const rows = await db.$primary().enrolment.findMany({
    where: { userId },
    orderBy: { course: { name: "asc" } },
    select: { targetGrade: true, course: { select: { slug: true, name: true, level: true } } },
  });
  return rows.map((r) => ({ ...r.course, targetGrade: r.targetGrade }));
}
