import { db } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { classJoined } from "@/lib/class-cache/class-membership-changed";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { classJoinByUser } from "@/lib/rate-limit/limiters";
import { normaliseJoinCode } from "@/lib/classes/join-code";

export type JoinableClass = { id: string; name: string; course: { slug: string; name: string }; teachers: string[] };

const noSuchCode = () => new NotFoundError("No class has that code. Check it with your teacher: codes change when a teacher renews them.");

/** The open, live class a code names, for the join page to show before the student confirms. */
export async function findClassByCode(input: string): Promise<JoinableClass | null> {
  const joinCode = normaliseJoinCode(input);
  if (!joinCode) return null;
  const found = await db.$primary().schoolClass.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true, course: { select: { slug: true, name: true } }, teachers: { select: { user: { select: { name: true } } } } },
  });
  return found && { id: found.id, name: found.name, course: found.course, teachers: found.teachers.flatMap((t) => (t.user.name ? [t.user.name] : [])) };
}

/**
 * A student joins the class a code names, and is enrolled in its course if they were not. Joining twice
 * is a no-op. Attempts are rate limited per student, so codes cannot be guessed by trying them.
 */
export async function joinClass(userId: string, code: string): Promise<{ classId: string; name: string; alreadyMember: boolean }> {
  await limitOrThrow(classJoinByUser, userId);
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) throw new BadRequestError("A class code is 8 letters and digits, like ABCD-EF23.", undefined, "invalid_join_code");
  const result = await db.$transaction(async (tx) => {
    const found = await tx.schoolClass.findFirst({ where: { joinCode, archivedAt: null }, select: { id: true, name: true, courseId: true } });
    if (!found) throw noSuchCode();
    const inserted = await tx.classMember.createMany({ data: [{ classId: found.id, userId }], skipDuplicates: true });
    await tx.enrolment.upsert({ where: { userId_courseId: { userId, courseId: found.courseId } }, create: { userId, courseId: found.courseId }, update: {} });
    return { classId: found.id, name: found.name, alreadyMember: inserted.count === 0 };
  });
  await classJoined(userId, result.classId);
  // The dashboard lists the student's courses and, soon, their class work.
  await invalidateDashboard(userId);
  return result;
}
