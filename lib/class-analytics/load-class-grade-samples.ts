import { Prisma } from "@/generated/prisma/client";
import type { RawReader } from "@/lib/dashboard/raw-reader";
import { PREDICTION_SAMPLE_LIMIT, type SampleRow } from "@/lib/dashboard/load-dashboard-activity";

/**
 * Class analytics query 2 of 3: per member, the newest marked attempts in the class's course that a
 * predicted grade weighs: the same rows, and the same limit, as the member's own dashboard uses, so the
 * class's grade distribution agrees with what each student sees. One statement for the whole class (a
 * lateral index range scan on attempts (user_id, created_at) per member).
 */
export async function loadClassGradeSamples(reader: RawReader, classId: string, courseId: string): Promise<Map<string, SampleRow[]>> {
  const rows = await reader.$queryRaw<{ user_id: string; samples: SampleRow[] }[]>(Prisma.sql`
    select m.user_id::text as user_id, coalesce((
      select json_agg(json_build_array(s.marks_awarded, s.max_marks, (extract(epoch from s.created_at) * 1000)::bigint, s.question_id, s.topic_id))
      from (
        select a.marks_awarded, a.max_marks, a.created_at, a.question_id, a.topic_id from attempts a
        where a.user_id = m.user_id and a.course_id = ${courseId}::uuid and a.status = 'MARKED' and a.max_marks > 0
        order by a.created_at desc
        limit ${PREDICTION_SAMPLE_LIMIT}
      ) s
    ), '[]'::json) as samples
    from class_members m
    where m.class_id = ${classId}::uuid`);
  return new Map(rows.map((r) => [r.user_id, r.samples]));
}
