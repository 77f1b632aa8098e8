import { db } from "@/lib/db/prisma";

const DAY_MS = 86_400_000;
export const RECENT_ATTEMPTS = 20;

export type AdminUserActivity = {
  attempts: {
    id: string;
    questionKey: string;
    courseName: string;
    marksAwarded: number;
    maxMarks: number;
    status: "AWAITING_MARKING" | "MARKED";
    createdAt: Date;
  }[];
  reviews: { last7Days: number; last30Days: number; lastReviewedAt: Date | null };
};

/**
 * What a user has been doing lately: their newest attempts and how much flashcard review they do. Three
 * indexed reads ((user, createdAt) on attempts, (user, reviewedAt) on review logs); a moment's replica
 * lag is harmless here.
 */
export async function getUserActivity(userId: string, now = new Date()): Promise<AdminUserActivity> {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const [attempts, last7Days, recentReviews] = await Promise.all([
    db.attempt.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: RECENT_ATTEMPTS,
      select: {
        id: true,
        marksAwarded: true,
        maxMarks: true,
        status: true,
        createdAt: true,
        question: { select: { key: true } },
        course: { select: { name: true } },
      },
    }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: since(7) } } }),
    db.reviewLog.aggregate({ where: { userId, reviewedAt: { gte: since(30) } }, _count: { _all: true }, _max: { reviewedAt: true } }),
  ]);
  const lastReviewedAt =
    recentReviews._max.reviewedAt ??
    (await db.reviewLog.findFirst({ where: { userId }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } }))?.reviewedAt ??
    null;
  return {
    attempts: attempts.map((a) => ({
      id: a.id,
      questionKey: a.question.key,
      courseName: a.course.name,
      marksAwarded: a.marksAwarded,
      maxMarks: a.maxMarks,
      status: a.status,
      createdAt: a.createdAt,
    })),
    reviews: { last7Days, last30Days: recentReviews._count._all, lastReviewedAt },
  };
}
