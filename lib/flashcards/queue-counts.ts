import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { scopedCardsFrom, scopedCardsWhere } from "@/lib/flashcards/card-scope-sql";

export type QueueCounts = {
  /** Cards due before the end of the student's today (overdue ones included). */
  dueToday: number;
  /** Cards that were due before the student's today began. */
  overdue: number;
  /** Mistake cards among those due today. */
  mistakes: number;
  /** Flashcards seen for the first time today (their state was created today). */
  introducedToday: number;
  /** Reviews of any card today. */
  reviewedToday: number;
  /** The earliest due date still ahead of `now`. */
  nextDueAt: Date | null;
};

type Row = { due_today: number; overdue: number; mistakes: number; introduced_today: number; reviewed_today: number; next_due: Date | null };

/** The queue's numbers in ONE statement: an index range scan of the user's cards plus today's review logs. */
export async function loadQueueCounts(userId: string, courseIds: string[], now: Date, day: { start: Date; end: Date }): Promise<QueueCounts> {
  // On the primary: the counts are read right after the student's own review and must include it.
  const [row] = await db.$primary().$queryRaw<Row[]>(Prisma.sql`
    select
      count(*) filter (where cs.due < ${day.end})::int as due_today,
      count(*) filter (where cs.due < ${day.start})::int as overdue,
      count(*) filter (where cs.due < ${day.end} and cs.question_id is not null)::int as mistakes,
      count(*) filter (where cs.flashcard_id is not null and cs.created_at >= ${day.start})::int as introduced_today,
      min(cs.due) filter (where cs.due > ${now}) as next_due,
      (select count(*)::int from review_logs r where r.user_id = ${userId}::uuid and r.reviewed_at >= ${day.start}) as reviewed_today
    from ${scopedCardsFrom()}
    where ${scopedCardsWhere(userId, courseIds)}`);
  return {
    dueToday: row?.due_today ?? 0,
    overdue: row?.overdue ?? 0,
    mistakes: row?.mistakes ?? 0,
    introducedToday: row?.introduced_today ?? 0,
    reviewedToday: row?.reviewed_today ?? 0,
    nextDueAt: row?.next_due ?? null,
  };
}
