import { Prisma } from "@/generated/prisma/client";
import type { RawReader } from "@/lib/dashboard/raw-reader";

/** A topic as [code, title, mastery or null, attempts, has a published note], in syllabus order (arrays keep the JSON small). */
export type TopicRow = [string, string, number | null, number, boolean?];
/** A grade boundary as [session, grade, minPercent]. */
export type BoundaryRow = [string, number, number];

export type DashboardCourseRow = {
  courseId: string;
  slug: string;
  name: string;
  level: "SL" | "HL";
  targetGrade: number | null;
  topics: TopicRow[];
  boundaries: BoundaryRow[];
};

export type DashboardUserRow = {
  timezone: string;
  exam_month: "MAY" | "NOVEMBER" | null;
  exam_year: number | null;
  courses: DashboardCourseRow[];
};

/**
 * Dashboard query 1 of 2: the student (time zone, exam session) and, per enrolled course, its syllabus
 * topics with the student's mastery (topic_progress: heat map, progress, weak topics) and its grade
 * boundaries (prediction). One statement: index lookups on users, enrolments (user_id, course_id),
 * topics (course_id, sort_order), topic_progress's primary key and topic_notes (topic_id); it never touches
 * attempts.
 *
 * The syllabus topics of a course are those a question can be set on: leaves of the tree, and inner
 * topics that have published questions of their own (some courses attach questions at both levels),
 * plus any topic the student has progress on. Headings such as "A Space, time and motion" are not cells.
 */
export async function loadDashboardCourses(reader: RawReader, userId: string): Promise<DashboardUserRow | null> {
  const [row] = await reader.$queryRaw<DashboardUserRow[]>(Prisma.sql`
    select u.timezone, u.exam_month::text as exam_month, u.exam_year::int as exam_year,
      coalesce((
        select json_agg(json_build_object(
          'courseId', c.id, 'slug', c.slug, 'name', c.name, 'level', c.level, 'targetGrade', e.target_grade,
          'topics', coalesce((
            select json_agg(json_build_array(t.code, t.title, tp.mastery, coalesce(tp.attempts, 0),
              exists (select 1 from topic_notes n where n.topic_id = t.id and n.status = 'PUBLISHED')) order by t.sort_order)
            from topics t
            left join topic_progress tp on tp.user_id = u.id and tp.topic_id = t.id
            where t.course_id = c.id and t.archived_at is null
              and (coalesce(tp.attempts, 0) > 0
                or not exists (select 1 from topics ch where ch.parent_id = t.id and ch.archived_at is null)
                or exists (select 1 from questions q where q.course_id = c.id and q.topic_id = t.id and q.status = 'PUBLISHED'))
          ), '[]'::json),
          'boundaries', coalesce((
            select json_agg(json_build_array(b.session, b.grade, b.min_percent)) from grade_boundaries b where b.course_id = c.id
          ), '[]'::json)
        ) order by c.name)
        from enrolments e join courses c on c.id = e.course_id
        where e.user_id = u.id
      ), '[]'::json) as courses
    from users u
    where u.id = ${userId}::uuid`);
  return row ?? null;
}
