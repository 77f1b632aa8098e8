import type pg from "pg";

/** The longest practice set the API allows (lib/practice/practice-input.ts MAX_SET_SIZE). */
export const SET_SIZE = 30;

export type PracticePool = { courseSlug: string; questionIds: string[]; answer: { type: "NUMERIC"; value: string } };

/**
 * Thirty numeric questions of one course: the questions of every set the attempt-submission scenario
 * answers. Numeric answers are marked automatically (no self-marking, no feedback job), and a wrong
 * value is recorded just like a right one.
 */
export async function practicePool(client: pg.Client): Promise<PracticePool> {
  const { rows } = await client.query<{ id: string; slug: string }>(
    `with best as (
       select q.course_id from questions q where q.status = 'PUBLISHED' and q.type = 'NUMERIC'
       group by q.course_id order by count(*) desc, q.course_id limit 1
     )
     select q.id, c.slug from questions q join best b on b.course_id = q.course_id join courses c on c.id = q.course_id
     where q.status = 'PUBLISHED' and q.type = 'NUMERIC' order by q.key limit ${SET_SIZE}`,
  );
  if (rows.length < SET_SIZE) throw new Error(`no course has ${SET_SIZE} published numeric questions: run npm run seed`);
  return { courseSlug: rows[0]!.slug, questionIds: rows.map((r) => r.id), answer: { type: "NUMERIC", value: "1" } };
}
