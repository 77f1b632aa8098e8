import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { classLeft } from "@/lib/class-cache/class-membership-changed";

/** A student leaves a class. Their work stays theirs; the class's teachers no longer see it. */
export async function leaveClass(userId: string, classId: string): Promise<void> {
  const removed = /^[0-9a-f-]{36}$/i.test(classId) ? await db.classMember.deleteMany({ where: { classId, userId } }) : { count: 0 };
  if (removed.count === 0) throw new NotFoundError("You are not in that class.");
  await classLeft(userId, classId);
  await invalidateDashboard(userId);
}
