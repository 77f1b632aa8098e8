import { Prisma, type CardStateKind, type ExamMonth } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/prisma";
import type { StoredSchedule } from "@/lib/flashcards/card-state-mapping";

export type LockedCardState = StoredSchedule & {
  id: string;
  /** The flashcard's or question's id: what seeds the card's fuzz. */
  contentId: string;
  /** Still the user's to review: not suspended, content published, course enrolled. */
  reviewable: boolean;
  timeZone: string;
  examMonth: ExamMonth | null;
  examYear: number | null;
};

type Row = {
  id: string;
  content_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  last_review: Date | null;
  reviewable: boolean;
  timezone: string;
  exam_month: ExamMonth | null;
  exam_year: number | null;
};

/**
 * Reads one of the user's card states FOR UPDATE, with what a review needs to decide (is it still theirs to
 * review?) and to schedule (their exam date). The row lock serialises two reviews of the same card (a
 * double submit, two tabs): the second sees the first's schedule instead of overwriting it.
 */
export async function lockCardState(
  tx: DbTransaction,
  userId: string,
  ref: { cardStateId: string } | { flashcardId: string },
): Promise<LockedCardState | null> {
  const match = "cardStateId" in ref ? Prisma.sql`cs.id = ${ref.cardStateId}::uuid` : Prisma.sql`cs.flashcard_id = ${ref.flashcardId}::uuid`;
  const [row] = await tx.$queryRaw<Row[]>(Prisma.sql`
    select cs.id, coalesce(cs.flashcard_id, cs.question_id) as content_id, cs.due, cs.stability, cs.difficulty, cs.elapsed_days,
      cs.scheduled_days, cs.learning_steps, cs.reps, cs.lapses, cs.state, cs.last_review,
      u.timezone, u.exam_month, u.exam_year,
      (not cs.suspended
        and coalesce(f.status, q.status) = 'PUBLISHED'
        and exists (select 1 from enrolments e where e.user_id = cs.user_id and e.course_id = coalesce(f.course_id, q.course_id))) as reviewable
    from card_states cs
    join users u on u.id = cs.user_id
    left join flashcards f on f.id = cs.flashcard_id
    left join questions q on q.id = cs.question_id
    where cs.user_id = ${userId}::uuid and ${match}
    for update of cs`);
  if (!row) return null;
  return {
    id: row.id,
    contentId: row.content_id,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.last_review,
    reviewable: row.reviewable,
    timeZone: row.timezone,
    examMonth: row.exam_month,
    examYear: row.exam_year,
  };
}
