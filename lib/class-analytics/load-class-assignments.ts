import { Prisma } from "@/generated/prisma/client";
import type { RawReader } from "@/lib/dashboard/raw-reader";

/** The newest assignments (by due date) the analytics show; older ones are in the assignments list. */
export const MAX_ANALYTICS_ASSIGNMENTS = 50;
/** Marks are shown in this many equal bands of the percentage: 0–19 %, 20–39 %, … 80–100 %. */
export const MARK_BANDS = 5;

export type AssignmentRow = {
  id: string;
  title: string;
  kind: "QUESTIONS" | "MOCK" | "FLASHCARDS";
  due_at: Date;
  submitted: number;
  late: number;
  in_progress: number;
  /** Students per mark band, submitted work with marks only. */
  bands: number[];
};

/**
 * Class analytics query 3 of 3: per live assignment of the class, how many members submitted it on time,
 * late, are working on it (the rest have not started), and how submitted work scored. A student's work
 * is, as the assignments feature defines it:
 * - QUESTIONS: their first practice set started from it; submitted when completed; marks are its marked answers;
 * - MOCK: their first paper started from it; submitted when handed in; marks are the paper's once marked;
 * - FLASHCARDS: started at the first review of one of its topics' cards after release, submitted when every
 *   published card of those topics has been reviewed since release (no marks).
 * Only current members count, so a student who left takes their work with them.
 */
export async function loadClassAssignments(reader: RawReader, classId: string): Promise<AssignmentRow[]> {
  const bandCounts = Prisma.join(
    Array.from({ length: MARK_BANDS }, (_, b) => Prisma.sql`count(w.user_id) filter (where w.band = ${Prisma.raw(String(b))})::int`),
  );
  return reader.$queryRaw<AssignmentRow[]>(Prisma.sql`
    with m as (
      select m.user_id from class_members m join users u on u.id = m.user_id and u.status <> 'DELETED' where m.class_id = ${classId}::uuid
    ), a as (
      select id, title, kind, release_at, due_at, topic_ids from assignments
      where class_id = ${classId}::uuid and archived_at is null
      order by due_at desc, id desc limit ${MAX_ANALYTICS_ASSIGNMENTS}
    ), sets as (
      select distinct on (s.assignment_id, s.user_id) s.assignment_id, s.user_id, s.id, s.started_at,
        case when s.status = 'COMPLETED' then coalesce(s.completed_at, s.started_at) end as submitted_at
      from practice_sessions s join a on a.id = s.assignment_id and a.kind = 'QUESTIONS' join m on m.user_id = s.user_id
      order by s.assignment_id, s.user_id, s.id
    ), papers as (
      select distinct on (x.assignment_id, x.user_id) x.assignment_id, x.user_id, x.started_at, x.submitted_at, x.marks_awarded, x.total_marks
      from mock_exams x join a on a.id = x.assignment_id and a.kind = 'MOCK' join m on m.user_id = x.user_id
      order by x.assignment_id, x.user_id, x.id
    ), cards as (
      select a.id as assignment_id, a.release_at, f.id as flashcard_id
      from a join flashcards f on f.topic_id = any(a.topic_ids) and f.status = 'PUBLISHED'
      where a.kind = 'FLASHCARDS'
    ), firsts as (
      select c.assignment_id, cs.user_id, c.flashcard_id, min(r.reviewed_at) as first_review
      from cards c
      join card_states cs on cs.flashcard_id = c.flashcard_id join m on m.user_id = cs.user_id
      join review_logs r on r.card_state_id = cs.id and r.reviewed_at >= c.release_at
      group by 1, 2, 3
    ), work as (
      select s.assignment_id, s.user_id, s.started_at, s.submitted_at,
        (select sum(t.marks_awarded) from attempts t where t.practice_session_id = s.id and t.status = 'MARKED') as awarded,
        (select sum(t.max_marks) from attempts t where t.practice_session_id = s.id and t.status = 'MARKED') as available
      from sets s
      union all
      select p.assignment_id, p.user_id, p.started_at, p.submitted_at, p.marks_awarded, case when p.marks_awarded is null then null else p.total_marks end
      from papers p
      union all
      select f.assignment_id, f.user_id, min(f.first_review),
        case when count(*) >= (select count(*) from cards c where c.assignment_id = f.assignment_id) then max(f.first_review) end, null, null
      from firsts f group by f.assignment_id, f.user_id
    ), scored as (
      select w.*, case when w.submitted_at is not null and w.available > 0
        then least(${Prisma.raw(String(MARK_BANDS - 1))}, floor(w.awarded * ${Prisma.raw(String(MARK_BANDS))}::numeric / w.available))::int end as band
      from work w
    )
    select a.id::text as id, a.title, a.kind::text as kind, a.due_at,
      count(w.user_id) filter (where w.submitted_at <= a.due_at)::int as submitted,
      count(w.user_id) filter (where w.submitted_at > a.due_at)::int as late,
      count(w.user_id) filter (where w.submitted_at is null and w.started_at is not null)::int as in_progress,
      array[${bandCounts}]::int[] as bands
    from a left join scored w on w.assignment_id = a.id
    group by a.id, a.title, a.kind, a.due_at
    order by a.due_at desc, a.id desc`);
}
