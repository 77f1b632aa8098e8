import { Prisma } from "@/generated/prisma/client";

/**
 * The cards a student may review, shared by the queue's counts and items so the two always agree with
 * each other and with reviewCard's 404: the student's own, not suspended, whose flashcard or question is
 * published and belongs to a course they are enrolled in. Starts on card_states by (user_id, …) so the
 * planner uses the (user_id, due) index.
 */
export function scopedCardsFrom(): Prisma.Sql {
  return Prisma.sql`card_states cs
    left join flashcards f on f.id = cs.flashcard_id
    left join questions q on q.id = cs.question_id`;
}

export function scopedCardsWhere(userId: string, courseIds: string[]): Prisma.Sql {
  return Prisma.sql`cs.user_id = ${userId}::uuid
    and not cs.suspended
    and coalesce(f.course_id, q.course_id) = any(${courseIds}::uuid[])
    and coalesce(f.status, q.status) = 'PUBLISHED'`;
}
