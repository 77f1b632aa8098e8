import { db } from "@/lib/db/prisma";

export type StudentClass = { id: string; name: string; course: { slug: string; name: string }; teachers: string[] };

/** The live classes a student belongs to, for their settings page. Only their own memberships. */
export async function listStudentClasses(userId: string): Promise<StudentClass[]> {
  const rows = await db.$primary().classMember.findMany({
    where: { userId, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: {
      class: {
        select: { id: true, name: true, course: { select: { slug: true, name: true } }, teachers: { select: { user: { select: { name: true } } } } },
      },
    },
  });
  return rows.map(({ class: c }) => ({ id: c.id, name: c.name, course: c.course, teachers: c.teachers.flatMap((t) => (t.user.name ? [t.user.name] : [])) }));
}
