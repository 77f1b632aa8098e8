import { createEmptyCard } from "ts-fsrs";
import { Prisma, type CardStateKind } from "@/generated/prisma/client";
import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { storedScheduleOf, toFsrsCard } from "@/lib/flashcards/card-state-mapping";
import { examStartDate, previewIntervals } from "@/lib/flashcards/fsrs-scheduler";
import type { QueueItem } from "@/lib/flashcards/queue-item";
import { MAX_QUEUE_LIMIT } from "@/lib/flashcards/review-queue";
import { openAssignmentWhere } from "@/lib/assignments/open-assignment-where";

export type AssignmentFlashcardQueue = {
  assignment: { id: string; title: string; className: string; dueAt: Date };
  timeZone: string;
  /** The assignment's cards: every published flashcard of its topics. */
  total: number;
  /** Of those, the ones reviewed at least once since release. Done when it equals total. */
  reviewed: number;
  /** The next cards still to review, in syllabus order; empty once the assignment is done. */
  due: QueueItem[];
};

type Row = {
  flashcard_id: string;
  course_id: string;
  topic_code: string;
  topic_title: string;
  front: string;
  back: string;
  card_state_id: string | null;
  due: Date | null;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  last_review: Date | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const noSuchAssignment = () => new NotFoundError("There is no such flashcard assignment.");

/**
 * A review queue scoped to one FLASHCARDS assignment: its cards the student has not reviewed since release,
 * due or not, new ones without the daily new-card allowance (the teacher set them, so the student must be
 * able to finish today), and nothing else. "Reviewed" is the rule load-assignment-work.ts counts by (a
 * review log of the card at or after release), so the queue empties exactly when the assignment becomes
 * submitted. Reviews go through reviewCard like any other. Not a member, not released, withdrawn, not a
 * flashcard assignment or not an id: 404. Everything from the primary: shown right after the student's
 * own review.
 */
export async function getAssignmentFlashcardQueue(
  userId: string,
  assignmentId: string,
  options: { now?: Date; limit?: number } = {},
): Promise<AssignmentFlashcardQueue> {
  const now = options.now ?? new Date();
  const limit = Math.max(1, Math.min(options.limit ?? 20, MAX_QUEUE_LIMIT));
  if (!UUID.test(assignmentId)) throw noSuchAssignment();
  const reader = db.$primary();
  const [assignment, user] = await Promise.all([
    reader.assignment.findFirst({
      where: { id: assignmentId, kind: "FLASHCARDS", ...openAssignmentWhere(userId, now) },
      select: {
        id: true,
        title: true,
        releaseAt: true,
        dueAt: true,
        topicIds: true,
        class: { select: { name: true, courseId: true, course: { select: { name: true } } } },
      },
    }),
    reader.user.findUnique({ where: { id: userId }, select: { timezone: true, examMonth: true, examYear: true, enrolments: { select: { courseId: true } } } }),
  ]);
  if (!assignment || !user) throw noSuchAssignment();
  // reviewCard only accepts cards of the student's courses; joining the class enrolled them, but they may
  // have dropped the course since. Say so rather than serve cards whose rating would be refused.
  if (!user.enrolments.some((e) => e.courseId === assignment.class.courseId))
    throw new ConflictError(`Add ${assignment.class.course.name} back to your courses to review this assignment's cards.`, "not_enrolled");

  // The assignment's cards with the student's state of each (null: never seen), as load-assignment-work.ts
  // defines them: published flashcards whose topic is one the teacher chose.
  const from = Prisma.sql`flashcards f
    join topics t on t.id = f.topic_id
    left join card_states cs on cs.user_id = ${userId}::uuid and cs.flashcard_id = f.id`;
  const ofAssignment = Prisma.sql`f.topic_id = any(${assignment.topicIds}::uuid[]) and f.status = 'PUBLISHED'`;
  const reviewedSinceRelease = Prisma.sql`exists (select 1 from review_logs r where r.card_state_id = cs.id and r.reviewed_at >= ${assignment.releaseAt})`;
  const [[counts], rows] = await Promise.all([
    reader.$queryRaw<{ total: number; reviewed: number }[]>(Prisma.sql`
      select count(*)::int as total, count(*) filter (where ${reviewedSinceRelease})::int as reviewed
      from ${from} where ${ofAssignment}`),
    reader.$queryRaw<Row[]>(Prisma.sql`
      select f.id as flashcard_id, f.course_id, t.code as topic_code, t.title as topic_title, f.front, f.back,
        cs.id as card_state_id, cs.due, cs.stability, cs.difficulty, cs.elapsed_days, cs.scheduled_days, cs.learning_steps,
        cs.reps, cs.lapses, cs.state, cs.last_review
      from ${from}
      where ${ofAssignment} and not ${reviewedSinceRelease}
      order by t.sort_order, f.key
      limit ${limit}`),
  ]);

  const examStart = examStartDate(user.examMonth, user.examYear);
  return {
    assignment: { id: assignment.id, title: assignment.title, className: assignment.class.name, dueAt: assignment.dueAt },
    timeZone: safeTimeZone(user.timezone),
    total: counts?.total ?? 0,
    reviewed: counts?.reviewed ?? 0,
    due: rows.map((r) => toQueueItem(r, now, examStart)),
  };
}

function toQueueItem(r: Row, now: Date, examStart: Date | null): QueueItem {
  const base = {
    courseId: r.course_id,
    topic: { code: r.topic_code, title: r.topic_title },
    content: { kind: "flashcard" as const, flashcardId: r.flashcard_id, front: r.front, back: r.back },
  };
  if (r.card_state_id === null || r.due === null) {
    return {
      ...base,
      key: `flashcard:${r.flashcard_id}`,
      ref: { flashcardId: r.flashcard_id },
      isNew: true,
      schedule: null,
      intervals: previewIntervals(createEmptyCard(now), now, { examStart, seedKey: r.flashcard_id }),
    };
  }
  const schedule = storedScheduleOf({ ...r, due: r.due });
  return {
    ...base,
    key: `state:${r.card_state_id}`,
    ref: { cardStateId: r.card_state_id },
    isNew: false,
    schedule,
    intervals: previewIntervals(toFsrsCard(schedule), now, { examStart, seedKey: r.flashcard_id }),
  };
}
