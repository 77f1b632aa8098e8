import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import type { Candidate } from "@/lib/practice/pick-questions";
import { DEADLINE_GRACE_MS } from "@/lib/mocks/mock-input";

export type CandidateFilter = {
  courseId: string;
  topicIds?: string[];
  difficulty?: number;
  paper?: string;
  type?: Candidate["type"];
  /** Leave out questions the student answered fully correctly in the last `RECENT_DAYS` days. */
  excludeRecentlyCorrect?: boolean;
};

/** How far back a fully correct answer keeps a question out of a weak-topics set. */
export const RECENT_DAYS = 30;
/** The sample a set is chosen from: big enough to mix types and topics, small enough to stay cheap. */
export const CANDIDATE_LIMIT = 400;

/**
 * A seeded random sample of the published questions matching the filter, each flagged with whether the
 * student has attempted it. One query: the random order is md5(seed || id), so a large bank is sampled
 * fairly (not always its first rows) and the same seed gives the same sample; the per-question attempt
 * checks use the (user_id, question_id) index. On the primary: "Start another set" follows the last
 * answer of a set at once, and a lagging replica would offer those very questions again.
 */
export async function findCandidateQuestions(userId: string, filter: CandidateFilter, seed: number): Promise<Candidate[]> {
  const conditions = [
    Prisma.sql`q.course_id = ${filter.courseId}::uuid`,
    Prisma.sql`q.status = 'PUBLISHED'`,
    // Filters judge one question at a time, and a part of a multi-part question only makes sense with its
    // siblings, which may not match them: filtered sets draw one-part questions; a multi-part question is
    // practised whole from the question bank, and sat in mocks.
    Prisma.sql`q.group_id is null`,
    // Practice reveals answers: questions of the student's running mock paper wait until it is submitted.
    Prisma.sql`not exists (
      select 1 from mock_exams m where m.user_id = ${userId}::uuid and m.status = 'IN_PROGRESS' and q.id = any(m.question_ids)
        and m.deadline_at > (now() at time zone 'UTC') - make_interval(secs => ${DEADLINE_GRACE_MS / 1000}))`,
  ];
  if (filter.topicIds) conditions.push(Prisma.sql`q.topic_id = any(${filter.topicIds}::uuid[])`);
  if (filter.difficulty) conditions.push(Prisma.sql`q.difficulty = ${filter.difficulty}`);
  if (filter.paper) conditions.push(Prisma.sql`q.paper = ${filter.paper}::"PaperCode"`);
  if (filter.type) conditions.push(Prisma.sql`q.type = ${filter.type}::"QuestionType"`);
  if (filter.excludeRecentlyCorrect) {
    conditions.push(Prisma.sql`not exists (
      select 1 from attempts r where r.user_id = ${userId}::uuid and r.question_id = q.id and r.status = 'MARKED'
        and r.marks_awarded >= r.max_marks and r.created_at > (now() at time zone 'UTC') - make_interval(days => ${RECENT_DAYS}))`);
  }
  const rows = await db.$queryRaw<{ id: string; type: Candidate["type"]; topicId: string; attempted: boolean }[]>`
    select q.id::text as id, q.type::text as type, q.topic_id::text as "topicId",
           exists (select 1 from attempts a where a.user_id = ${userId}::uuid and a.question_id = q.id) as attempted
    from questions q
    where ${Prisma.join(conditions, " and ")}
    order by md5(${String(seed)} || q.id::text)
    limit ${CANDIDATE_LIMIT}`;
  return rows;
}
