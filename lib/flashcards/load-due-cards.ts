import { Prisma, type CardStateKind, type QuestionType } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import type { NumericAnswer } from "@/lib/questions/question-input";
import { scopedCardsFrom, scopedCardsWhere } from "@/lib/flashcards/card-scope-sql";
import { forgettingCurve } from "@/lib/flashcards/fsrs-scheduler";
import { storedScheduleOf, type StoredSchedule } from "@/lib/flashcards/card-state-mapping";
import type { FlashcardContent, MistakeContent } from "@/lib/flashcards/queue-item";
import { withReviewVariant } from "@/lib/flashcards/review-variant";

/** Like Anki's learn-ahead limit: a learning step due within this window is shown rather than waited for. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type DueCard = {
  cardStateId: string;
  courseId: string;
  topic: { code: string; title: string };
  schedule: StoredSchedule;
  content: FlashcardContent | MistakeContent;
};

type Row = {
  id: string;
  flashcard_id: string | null;
  question_id: string | null;
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
  course_id: string;
  topic_code: string;
  topic_title: string;
  front: string | null;
  back: string | null;
  type: QuestionType | null;
  stem: string | null;
  options: { id: string; text: string }[] | null;
  correct_option_id: string | null;
  numeric_answer: NumericAnswer | null;
  worked_solution: string | null;
  marking_points: MistakeContent["markingPoints"] | null;
  part_label: string | null;
  part_context: string | null;
  source: unknown;
};

type Options = { now: Date; dayEnd: Date; limit: number; order: "due" | "forgettable" };

/**
 * The cards to review now, with what the page shows of each, in ONE statement. A card is due when its due
 * date falls before the end of the student's day; short-term learning steps (minutes apart) only once they
 * are within LEARN_AHEAD_MS, so a card just failed does not come straight back. "due" order serves the
 * oldest first; "forgettable" (catch-up) serves the lowest predicted recall first: cards never reviewed,
 * then those long overdue relative to their stability.
 */
export async function loadDueCards(userId: string, courseIds: string[], { now, dayEnd, limit, order }: Options): Promise<DueCard[]> {
  if (limit <= 0) return [];
  const { decay, factor } = forgettingCurve();
  const retrievability = Prisma.sql`case when cs.state = 'NEW' or cs.stability <= 0 or cs.last_review is null then 0
    else power(1 + ${factor}::float8 * greatest(0, extract(epoch from (${now}::timestamp - cs.last_review)) / 86400) / cs.stability, -${decay}::float8) end`;
  const orderBy = order === "due" ? Prisma.sql`cs.due, cs.id` : Prisma.sql`${retrievability}, cs.due, cs.id`;
  const rows = await db.$primary().$queryRaw<Row[]>(Prisma.sql`
    select cs.id, cs.flashcard_id, cs.question_id, cs.due, cs.stability, cs.difficulty, cs.elapsed_days, cs.scheduled_days,
      cs.learning_steps, cs.reps, cs.lapses, cs.state, cs.last_review,
      coalesce(f.course_id, q.course_id) as course_id, t.code as topic_code, t.title as topic_title,
      f.front, f.back, q.type, q.stem, q.options, q.correct_option_id, q.numeric_answer, q.worked_solution, q.part_label, q.source,
      (select g.context from question_groups g where g.id = q.group_id) as part_context,
      (select json_agg(json_build_object('label', mp.label, 'kind', mp.kind, 'marks', mp.marks, 'text', mp.text) order by mp.sort_order)
         from marking_points mp where mp.question_id = q.id) as marking_points
    from ${scopedCardsFrom()}
    join topics t on t.id = coalesce(f.topic_id, q.topic_id)
    where ${scopedCardsWhere(userId, courseIds)}
      and cs.due < ${dayEnd}
      and (cs.state in ('NEW', 'REVIEW') or cs.due <= ${new Date(now.getTime() + LEARN_AHEAD_MS)})
    order by ${orderBy}
    limit ${limit}`);
  return rows.map(toDueCard);
}

function toDueCard(r: Row): DueCard {
  const schedule = storedScheduleOf(r);
  const content: FlashcardContent | MistakeContent = r.flashcard_id
    ? { kind: "flashcard", flashcardId: r.flashcard_id, front: r.front ?? "", back: r.back ?? "" }
    : withReviewVariant(r.id, r.reps, r.source, {
        kind: "mistake",
        questionId: r.question_id!,
        type: r.type!,
        stem: r.stem ?? "",
        options: r.options,
        correctOptionId: r.correct_option_id,
        numericAnswer: r.numeric_answer,
        workedSolution: r.worked_solution ?? "",
        markingPoints: r.marking_points ?? [],
        part: r.part_label && r.part_context !== null ? { label: r.part_label, context: r.part_context } : null,
      });
  return { cardStateId: r.id, courseId: r.course_id, topic: { code: r.topic_code, title: r.topic_title }, schedule, content };
}
