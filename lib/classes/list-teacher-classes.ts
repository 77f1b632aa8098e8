import { db } from "@/lib/db/prisma";
import { assertTeacher, type ClassActor } from "@/lib/classes/class-actor";

export type TaughtClass = {
  id: string;
  name: string;
  course: { slug: string; name: string };
  exam: string | null;
  joinCode: string | null;
  members: number;
};

export const examLabel = (month: "MAY" | "NOVEMBER" | null, year: number | null) => (month && year ? `${month === "MAY" ? "May" : "November"} ${year}` : null);

/** The live classes the actor teaches, newest first, with member counts (one query). */
export async function listTeacherClasses(actor: ClassActor): Promise<TaughtClass[]> {
  assertTeacher(actor);
  // The primary: a class created a moment ago must be on the list the teacher is sent back to.
  const rows = await db.$primary().schoolClass.findMany({
    where: { archivedAt: null, teachers: { some: { userId: actor.id } } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      name: true,
      examMonth: true,
      examYear: true,
      joinCode: true,
      course: { select: { slug: true, name: true } },
      _count: { select: { members: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    course: r.course,
    exam: examLabel(r.examMonth, r.examYear),
    joinCode: r.joinCode,
    members: r._count.members,
  }));
}
