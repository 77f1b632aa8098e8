import { Prisma } from "@/generated/prisma/client";
import type { RawReader } from "@/lib/dashboard/raw-reader";
import type { BoundaryRow } from "@/lib/dashboard/load-dashboard-courses";

/** A member as [id, name, email, last active (epoch ms) or null, [topic sort order, mastery][]]. */
export type MemberRow = [string, string | null, string, number | null, [number, number][]];
/** A syllabus topic as [sort order, code, title], in syllabus order. */
export type SyllabusTopicRow = [number, string, string];

export type ClassProgressRow = {
  course_name: string;
  /** Who teaches the class now: kept with the last good copy, the only access check possible in an outage. */
  teacher_ids: string[];
  members: MemberRow[];
  topics: SyllabusTopicRow[];
  boundaries: BoundaryRow[];
};

/**
 * Class analytics query 1 of 3: the class's members (users not erased), the syllabus topics of the
 * class's course (as the student dashboard counts them: leaves, and inner topics with published questions
 * of their own), each member's mastery on them, and the course's grade boundaries. Mastery comes from
 * topic_progress rows of the class's course only (index on user_id, course_id): a member's other courses
 * never show. Topics are identified by their sort order, which is unique in a course and keeps the
 * payload small (a 300 × 100 heat map is 30 000 cells).
 */
export async function loadClassRosterProgress(reader: RawReader, classId: string, courseId: string): Promise<ClassProgressRow> {
  const [row] = await reader.$queryRaw<ClassProgressRow[]>(Prisma.sql`
    select
      (select c.name from courses c where c.id = ${courseId}::uuid) as course_name,
      coalesce((select array_agg(ct.user_id::text) from class_teachers ct where ct.class_id = ${classId}::uuid), '{}') as teacher_ids,
      coalesce((
        select json_agg(json_build_array(u.id, u.name, u.email, (extract(epoch from u.last_active_at) * 1000)::bigint,
          coalesce((
            select json_agg(json_build_array(t.sort_order, tp.mastery))
            from topic_progress tp join topics t on t.id = tp.topic_id
            where tp.user_id = u.id and tp.course_id = ${courseId}::uuid and tp.attempts > 0
          ), '[]'::json)
        ) order by lower(coalesce(u.name, u.email)), u.id)
        from class_members m join users u on u.id = m.user_id
        where m.class_id = ${classId}::uuid and u.status <> 'DELETED'
      ), '[]'::json) as members,
      coalesce((
        select json_agg(json_build_array(t.sort_order, t.code, t.title) order by t.sort_order)
        from topics t
        where t.course_id = ${courseId}::uuid and t.archived_at is null
          and (not exists (select 1 from topics ch where ch.parent_id = t.id and ch.archived_at is null)
            or exists (select 1 from questions q where q.course_id = t.course_id and q.topic_id = t.id and q.status = 'PUBLISHED'))
      ), '[]'::json) as topics,
      coalesce((
        select json_agg(json_build_array(b.session, b.grade, b.min_percent)) from grade_boundaries b where b.course_id = ${courseId}::uuid
      ), '[]'::json) as boundaries`);
  return row!;
}
