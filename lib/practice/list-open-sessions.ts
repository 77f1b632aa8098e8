import { db } from "@/lib/db/prisma";

export type OpenSession = { id: string; courseName: string; mode: string; answered: number; total: number; lastActiveAt: Date };

/**
 * The user's unfinished sets, most recently used first, for "resume where you left off". From the
 * primary, so a set started a moment ago is listed; the (user, status, last_active_at) index serves it.
 */
export async function listOpenSessions(userId: string, limit = 10): Promise<OpenSession[]> {
  const rows = await db.$primary().practiceSession.findMany({
    where: { userId, status: "IN_PROGRESS" },
    orderBy: { lastActiveAt: "desc" },
    take: limit,
    select: { id: true, filters: true, currentIndex: true, questionIds: true, lastActiveAt: true, course: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    courseName: r.course.name,
    mode: String((r.filters as { mode?: string } | null)?.mode ?? "filters"),
    answered: Math.min(r.currentIndex, r.questionIds.length),
    total: r.questionIds.length,
    lastActiveAt: r.lastActiveAt,
  }));
}
