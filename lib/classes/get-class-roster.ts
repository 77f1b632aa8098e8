import { db } from "@/lib/db/prisma";
import { classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import { examLabel } from "@/lib/classes/list-teacher-classes";

export type ClassRoster = {
  id: string;
  name: string;
  course: { slug: string; name: string };
  exam: string | null;
  joinCode: string | null;
  teachers: { id: string; name: string | null; email: string }[];
  members: { id: string; name: string | null; email: string; joinedAt: Date; lastActiveAt: Date | null }[];
};

/** A class its teacher manages: code, co-teachers and members in joining order. 404 for anyone else. */
export async function getClassRoster(actor: ClassActor, classId: string): Promise<ClassRoster> {
  const primary = db.$primary();
  const found = await classTaughtBy(primary, actor, classId);
  const row = await primary.schoolClass.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      examMonth: true,
      examYear: true,
      course: { select: { slug: true, name: true } },
      teachers: { orderBy: { addedAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      members: {
        orderBy: { joinedAt: "asc" },
        take: 1000,
        select: { joinedAt: true, user: { select: { id: true, name: true, email: true, lastActiveAt: true } } },
      },
    },
  });
  return {
    id: found.id,
    name: found.name,
    course: row.course,
    exam: examLabel(row.examMonth, row.examYear),
    joinCode: found.joinCode,
    teachers: row.teachers.map((t) => t.user),
    members: row.members.map((m) => ({ ...m.user, joinedAt: m.joinedAt })),
  };
}
