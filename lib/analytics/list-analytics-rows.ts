import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { LOW_SUCCESS_GAP, MIN_PUBLISHED_PER_TOPIC } from "@/lib/analytics/analytics-thresholds";
import type { CourseActivity, CoverageGaps, LowSuccessQuestion, TopicActivity } from "@/lib/analytics/platform-analytics-types";

export const ANALYTICS_LIST_PAGE_SIZE = 25;

export type AnalyticsRowsPage<T> = { items: T[]; total: number; page: number; pageCount: number };
export type CoverageGapTopic = CoverageGaps["topics"][number];

// The "see all" lists behind the analytics tabs, whose overview shows only their first rows. Each reads
// the same stats views as loadPlatformAnalytics, in the same order, on a replica: the views are small
// (a row per course, topic or judged question), so a count and an OFFSET page cost milliseconds. A page
// past the end shows the last one.

async function paged<T>(page: number, count: Prisma.Sql, rows: (limit: number, offset: number) => Prisma.Sql): Promise<AnalyticsRowsPage<T>> {
  const replica = db.$replica();
  const [{ total } = { total: 0 }] = await replica.$queryRaw<{ total: number }[]>(count);
  const pageCount = Math.max(1, Math.ceil(total / ANALYTICS_LIST_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = total ? await replica.$queryRaw<T[]>(rows(ANALYTICS_LIST_PAGE_SIZE, (current - 1) * ANALYTICS_LIST_PAGE_SIZE)) : [];
  return { items, total, page: current, pageCount };
}

/** Every question scoring far below its course's average, the widest gap first. */
export function listLowSuccessQuestions(page: number): Promise<AnalyticsRowsPage<LowSuccessQuestion>> {
  const low = Prisma.sql`s."mean_share" <= s."course_mean_share" - ${LOW_SUCCESS_GAP}::float8`;
  return paged(
    page,
    Prisma.sql`SELECT count(*)::int AS "total" FROM "stats_question_success" s WHERE ${low}`,
    (limit, offset) => Prisma.sql`
      SELECT s."question_id" AS "questionId", q."key", left(q."stem", 160) AS "stemPreview", q."status"::text AS "status",
             c."name" AS "courseName", t."code" AS "topicCode", t."title" AS "topicTitle",
             s."attempts", s."mean_share" AS "meanShare", s."course_mean_share" AS "courseMeanShare"
      FROM "stats_question_success" s
      JOIN "questions" q ON q."id" = s."question_id"
      JOIN "courses" c ON c."id" = s."course_id"
      JOIN "topics" t ON t."id" = s."topic_id"
      WHERE ${low}
      ORDER BY s."course_mean_share" - s."mean_share" DESC, s."question_id"
      LIMIT ${limit} OFFSET ${offset}`,
  );
}

/** Every leaf topic with too few published questions: courses that already have questions first, then in syllabus order. */
export function listCoverageGapTopics(page: number): Promise<AnalyticsRowsPage<CoverageGapTopic>> {
  const gap = Prisma.sql`l."is_leaf" AND l."published_in_subtree" < ${MIN_PUBLISHED_PER_TOPIC}::int`;
  return paged(
    page,
    Prisma.sql`SELECT count(*)::int AS "total" FROM "stats_content_coverage" l WHERE ${gap}`,
    (limit, offset) => Prisma.sql`
      WITH "leaves" AS (SELECT g.*, sum(g."published_questions") OVER (PARTITION BY g."course_id") AS "course_published" FROM "stats_content_coverage" g)
      SELECT l."topic_id" AS "topicId", c."name" AS "courseName", t."code", t."title", l."published_in_subtree" AS "publishedQuestions"
      FROM "leaves" l JOIN "topics" t ON t."id" = l."topic_id" JOIN "courses" c ON c."id" = l."course_id"
      WHERE ${gap}
      ORDER BY l."course_published" > 0 DESC, c."name", t."sort_order", t."id"
      LIMIT ${limit} OFFSET ${offset}`,
  );
}

/** Every course practised in the last 30 days, the most attempted first. */
export function listCourseActivity(page: number): Promise<AnalyticsRowsPage<CourseActivity>> {
  return paged(
    page,
    Prisma.sql`SELECT count(*)::int AS "total" FROM "stats_course_activity"`,
    (limit, offset) => Prisma.sql`
      SELECT c."id" AS "courseId", c."slug", c."name", s."attempts_30d" AS "attempts30d", s."active_students_30d" AS "activeStudents30d",
             s."marks_awarded_30d"::float8 / nullif(s."max_marks_30d", 0) AS "marksShare30d"
      FROM "stats_course_activity" s JOIN "courses" c ON c."id" = s."course_id"
      ORDER BY s."attempts_30d" DESC, c."name", c."id"
      LIMIT ${limit} OFFSET ${offset}`,
  );
}

/** Every topic practised in the last 30 days, the most attempted first. */
export function listTopicActivity(page: number): Promise<AnalyticsRowsPage<TopicActivity>> {
  return paged(
    page,
    Prisma.sql`SELECT count(*)::int AS "total" FROM "stats_topic_activity"`,
    (limit, offset) => Prisma.sql`
      SELECT t."id" AS "topicId", t."code", t."title", c."name" AS "courseName", s."attempts_30d" AS "attempts30d",
             s."active_students_30d" AS "activeStudents30d", s."marks_awarded_30d"::float8 / nullif(s."max_marks_30d", 0) AS "marksShare30d"
      FROM "stats_topic_activity" s JOIN "topics" t ON t."id" = s."topic_id" JOIN "courses" c ON c."id" = s."course_id"
      ORDER BY s."attempts_30d" DESC, c."name", t."code", t."id"
      LIMIT ${limit} OFFSET ${offset}`,
  );
}

/** A page of a list the analytics payload already holds whole (days, weeks, months, courses with gaps). */
export function pageOfRows<T>(rows: T[], page: number): AnalyticsRowsPage<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / ANALYTICS_LIST_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: rows.slice((current - 1) * ANALYTICS_LIST_PAGE_SIZE, current * ANALYTICS_LIST_PAGE_SIZE), total: rows.length, page: current, pageCount };
}
