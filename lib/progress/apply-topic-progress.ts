import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";

export type ProgressDelta = { topicId: string; courseId: string; marksAwarded: number; maxMarks: number; at: Date };

/** Weight of the newest attempt in a topic's mastery (an exponential moving average of scores). */
export const MASTERY_RATE = 0.3;

/**
 * Folds marked attempts into topic_progress with ONE upsert, whatever the number of topics. Mastery is a
 * recency-weighted score: for k new attempts averaging s, m ← m + (1 − (1 − rate)^k)(s − m); a topic's
 * first attempts set it to s.
 */
export async function applyTopicProgress(tx: DbTransaction, userId: string, deltas: ProgressDelta[]): Promise<void> {
  if (!deltas.length) return;
  const byTopic = new Map<string, { courseId: string; attempts: number; full: number; awarded: number; available: number; at: Date }>();
  for (const d of deltas) {
    const t = byTopic.get(d.topicId) ?? { courseId: d.courseId, attempts: 0, full: 0, awarded: 0, available: 0, at: d.at };
    t.attempts += 1;
    t.full += d.marksAwarded >= d.maxMarks ? 1 : 0;
    t.awarded += d.marksAwarded;
    t.available += d.maxMarks;
    t.at = d.at > t.at ? d.at : t.at;
    byTopic.set(d.topicId, t);
  }
  const values = [...byTopic].map(
    ([topicId, t]) =>
      Prisma.sql`(${userId}::uuid, ${topicId}::uuid, ${t.courseId}::uuid, ${t.attempts}, ${t.full}, ${t.awarded}, ${t.available}, ${t.available ? t.awarded / t.available : 0}::real, ${t.at})`,
  );
  await tx.$executeRaw`
    insert into topic_progress (user_id, topic_id, course_id, attempts, fully_correct, marks_awarded, marks_available, mastery, last_attempt_at)
    values ${Prisma.join(values)}
    on conflict (user_id, topic_id) do update set
      attempts = topic_progress.attempts + excluded.attempts,
      fully_correct = topic_progress.fully_correct + excluded.fully_correct,
      marks_awarded = topic_progress.marks_awarded + excluded.marks_awarded,
      marks_available = topic_progress.marks_available + excluded.marks_available,
      mastery = case when topic_progress.attempts = 0 then excluded.mastery
                     else topic_progress.mastery + (1 - power(${1 - MASTERY_RATE}::float8, excluded.attempts)) * (excluded.mastery - topic_progress.mastery) end,
      last_attempt_at = greatest(topic_progress.last_attempt_at, excluded.last_attempt_at)`;
}
