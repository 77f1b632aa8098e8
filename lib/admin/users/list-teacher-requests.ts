import { db } from "@/lib/db/prisma";

export type TeacherRequest = { id: string; name: string | null; email: string; school: string | null; requestedAt: Date; emailVerified: boolean };

/** Open requests for teacher access, oldest first (the admin works through them in order). */
export async function listTeacherRequests(limit = 50): Promise<TeacherRequest[]> {
  const rows = await db.$primary().user.findMany({
    where: { teacherRequestedAt: { not: null }, status: "ACTIVE" },
    orderBy: { teacherRequestedAt: "asc" },
    take: limit,
    select: { id: true, name: true, email: true, teacherRequestSchool: true, teacherRequestedAt: true, emailVerifiedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    school: r.teacherRequestSchool,
    requestedAt: r.teacherRequestedAt!,
    emailVerified: r.emailVerifiedAt !== null,
  }));
}
