import { Prisma } from "@/generated/prisma/client";
import { scopedCardsFrom, scopedCardsWhere } from "@/lib/flashcards/card-scope-sql";
import { DEFAULT_NEW_PER_DAY } from "@/lib/flashcards/review-queue";
import type { RawReader } from "@/lib/dashboard/raw-reader";

export const TREND_WEEKS = 12;
/** The newest marked attempts per course that a prediction weighs; older ones weigh < 1% at a 30-day half-life anyway. */
export const PREDICTION_SAMPLE_LIMIT = 200;
export const RECENT_ACTIVITY_LIMIT = 10;
/** How far back a streak is counted; a longer one shows as this long. */
export const STREAK_LOOKBACK_DAYS = 730;

/** A week of one course: [courseId, weeks before this one (0 = the week ending today), marks awarded, max marks]. */
export type TrendRow = [string, number, number, number];
/** A marked attempt for the prediction: [marksAwarded, maxMarks, epoch ms, questionId, topicId]. */
export type SampleRow = [number, number, number, string, string];
export type RecentRow = {
  id: string;
  at: number;
  courseSlug: string;
  courseName: string;
  topicCode: string;
  topicTitle: string;
  status: "MARKED" | "AWAITING_MARKING";
  marksAwarded: number;
  maxMarks: number;
};

export type DashboardActivityRow = {
  trend: TrendRow[];
  samples: Record<string, SampleRow[]>;
  recent: RecentRow[];
  active_days: string[];
  cards_due: number;
  /** Flashcards first seen today (their card state was created today). */
  introduced_today: number;
  /** Published flashcards of the student's courses never seen, counted up to DEFAULT_NEW_PER_DAY. */
  unseen: number;
};

type ActivityScope = {
  userId: string;
  courseIds: string[];
  timeZone: string;
  /** The student's today, "YYYY-MM-DD". */
  today: string;
  /** Start and end of the student's today as instants. */
  day: { start: Date; end: Date };
};

const DAY_MS = 86_400_000;

/**
 * Dashboard query 2 of 2: everything that comes from the student's attempts, reviews and cards, as one
 * statement of independent sub-selects, each an index range scan of this student's rows only:
 * - trend: marks per course and local week over the last TREND_WEEKS weeks (attempts by user, created_at);
 * - samples: the newest PREDICTION_SAMPLE_LIMIT marked attempts per course, for the predicted grade;
 * - recent: the last RECENT_ACTIVITY_LIMIT attempts with their topic and course;
 * - active_days: local days with an attempt or a review (review_logs by user, reviewed_at), for the streak;
 * - cards_due: cards due before local midnight, with the flashcard queue's own scope (card-scope-sql), so
 *   the number matches what /flashcards serves;
 * - introduced_today, unseen: what the queue's daily new-card allowance leaves to start today (a student
 *   with 20 new cards waiting has work even when nothing is due). unseen stops counting at the allowance.
 * Timestamps are stored as UTC without a zone: `(x at time zone 'UTC') at time zone tz` gives local time.
 */
export async function loadDashboardActivity(reader: RawReader, scope: ActivityScope): Promise<DashboardActivityRow> {
  const { userId, courseIds, timeZone: tz, today, day } = scope;
  const trendFrom = new Date(day.start.getTime() - (TREND_WEEKS * 7 + 1) * DAY_MS); // a day's slack for DST
  const streakFrom = new Date(day.start.getTime() - STREAK_LOOKBACK_DAYS * DAY_MS);
  const localDay = (column: Prisma.Sql) => Prisma.sql`((${column} at time zone 'UTC') at time zone ${tz}::text)::date`;
  const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch from ${column}) * 1000)::bigint`;

  const [row] = await reader.$queryRaw<DashboardActivityRow[]>(Prisma.sql`
    select
      coalesce((
        select json_agg(json_build_array(w.course_id, w.week, w.awarded, w.available))
        from (
          select a.course_id, (${today}::date - ${localDay(Prisma.sql`a.created_at`)}) / 7 as week,
            sum(a.marks_awarded)::int as awarded, sum(a.max_marks)::int as available
          from attempts a
          where a.user_id = ${userId}::uuid and a.status = 'MARKED'
            and a.created_at >= ${trendFrom}::timestamp and a.created_at < ${day.end}::timestamp
          group by 1, 2
        ) w
        where w.week between 0 and ${TREND_WEEKS - 1}
      ), '[]'::json) as trend,
      coalesce((
        select json_object_agg(cid, coalesce((
          select json_agg(json_build_array(s.marks_awarded, s.max_marks, ${epochMs(Prisma.sql`s.created_at`)}, s.question_id, s.topic_id))
          from (
            select a.marks_awarded, a.max_marks, a.created_at, a.question_id, a.topic_id from attempts a
            where a.user_id = ${userId}::uuid and a.course_id = cid and a.status = 'MARKED' and a.max_marks > 0
            order by a.created_at desc
            limit ${PREDICTION_SAMPLE_LIMIT}
          ) s
        ), '[]'::json))
        from unnest(${courseIds}::uuid[]) as cid
      ), '{}'::json) as samples,
      coalesce((
        select json_agg(json_build_object(
          'id', r.id, 'at', ${epochMs(Prisma.sql`r.created_at`)}, 'courseSlug', r.slug, 'courseName', r.name,
          'topicCode', r.code, 'topicTitle', r.title, 'status', r.status, 'marksAwarded', r.marks_awarded, 'maxMarks', r.max_marks
        ) order by r.created_at desc, r.id desc)
        from (
          select a.id, a.created_at, c.slug, c.name, t.code, t.title, a.status, a.marks_awarded, a.max_marks
          from attempts a
          join topics t on t.id = a.topic_id
          join courses c on c.id = a.course_id
          where a.user_id = ${userId}::uuid
          order by a.created_at desc, a.id desc
          limit ${RECENT_ACTIVITY_LIMIT}
        ) r
      ), '[]'::json) as recent,
      coalesce((
        select array_agg(d.day::text)
        from (
          select distinct ${localDay(Prisma.sql`x.at`)} as day
          from (
            select a.created_at as at from attempts a where a.user_id = ${userId}::uuid and a.created_at >= ${streakFrom}::timestamp
            union all
            select r.reviewed_at from review_logs r where r.user_id = ${userId}::uuid and r.reviewed_at >= ${streakFrom}::timestamp
          ) x
        ) d
      ), '{}'::text[]) as active_days,
      (
        select count(*)::int from ${scopedCardsFrom()}
        where ${scopedCardsWhere(userId, courseIds)} and cs.due < ${day.end}::timestamp
      ) as cards_due,
      (
        select count(*)::int from ${scopedCardsFrom()}
        where ${scopedCardsWhere(userId, courseIds)} and cs.flashcard_id is not null and cs.created_at >= ${day.start}::timestamp
      ) as introduced_today,
      (
        select count(*)::int from (
          select 1 from flashcards f
          where f.course_id = any(${courseIds}::uuid[]) and f.status = 'PUBLISHED'
            and not exists (select 1 from card_states cs where cs.user_id = ${userId}::uuid and cs.flashcard_id = f.id)
          limit ${DEFAULT_NEW_PER_DAY}
        ) n
      ) as unseen`);
  return row!;
}
