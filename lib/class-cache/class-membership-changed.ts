import { db } from "@/lib/db/prisma";
import { dropClassAnalytics } from "@/lib/class-cache/drop-class-analytics";
import { noteClassJoined, noteClassLeft } from "@/lib/class-cache/student-class-index";

// Called by the class writes (join, leave, remove, archive) after their commit: the students' class
// index follows the change, and the class's analytics are dropped (its members are not who they were).

// Ids as the database spells them (lower case): the caller may pass the id as typed in a URL.

export async function classJoined(userId: string, classId: string): Promise<void> {
  await noteClassJoined(userId, classId.toLowerCase());
  await dropClassAnalytics([classId.toLowerCase()]);
}

export async function classLeft(userId: string, classId: string): Promise<void> {
  await noteClassLeft([userId], classId.toLowerCase());
  await dropClassAnalytics([classId.toLowerCase()]);
}

/** An archived class is no longer anyone's to invalidate: one query for its members, one pipelined update. */
export async function classArchived(classId: string): Promise<void> {
  const id = classId.toLowerCase();
  const members = await db.$primary().classMember.findMany({ where: { classId: id }, select: { userId: true } });
  await noteClassLeft(
    members.map((m) => m.userId),
    id,
  );
  await dropClassAnalytics([id]);
}
