import { db } from "@/lib/db/prisma";

export type TopicMastery = { mastery: number; attempts: number };

/** The student's mastery per topic of one course (one index scan on topic_progress (user_id, course_id)). */
export async function getCourseMastery(userId: string, courseSlug: string): Promise<Record<string, TopicMastery>> {
  const rows = await db.topicProgress.findMany({
    where: { userId, course: { slug: courseSlug } },
    select: { topicId: true, mastery: true, attempts: true },
  });
  return Object.fromEntries(rows.map((r) => [r.topicId, { mastery: r.mastery, attempts: r.attempts }]));
}
