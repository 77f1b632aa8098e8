import { createEmptyCard } from "ts-fsrs";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { toFsrsCard } from "@/lib/flashcards/card-state-mapping";
import { CATCH_UP_PLAN_DAYS, DEFAULT_DAILY_CAPACITY, needsCatchUp, planCatchUp } from "@/lib/flashcards/catch-up";
import { examStartDate, previewIntervals } from "@/lib/flashcards/fsrs-scheduler";
import { loadDueCards } from "@/lib/flashcards/load-due-cards";
import { loadNewFlashcards } from "@/lib/flashcards/load-new-flashcards";
import { localDayBounds, safeTimeZone } from "@/lib/calendar/local-calendar";
import { loadQueueCounts, type QueueCounts } from "@/lib/flashcards/queue-counts";
import type { QueueItem } from "@/lib/flashcards/queue-item";

/** New flashcards a student meets per day unless told otherwise: about 15 minutes of first sightings. */
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_QUEUE_LIMIT = 100;

export type QueueMode = "normal" | "catch-up";

export type QueueOptions = { now?: Date; limit?: number; mode?: QueueMode; newPerDay?: number; dailyCapacity?: number };

export type ReviewQueue = {
  mode: QueueMode;
  timeZone: string;
  /** The cards to study now, in order: due reviews and mistakes, then (normal mode) new flashcards. */
  due: QueueItem[];
  counts: { dueToday: number; overdue: number; new: number; mistakes: number };
  /** When the next card beyond those served now becomes due (null: nothing scheduled). */
  nextDueAt: Date | null;
  catchUp: { recommended: boolean; backlog: number; dailyCapacity: number; remainingToday: number; plan: number[] };
};

const noCounts: QueueCounts = { dueToday: 0, overdue: 0, mistakes: 0, introducedToday: 0, reviewedToday: 0, nextDueAt: null };

/**
 * A student's review queue in their own day (User.timezone; today ends at local midnight), in at most four
 * statements: the user and enrolments, the counts, the due cards, the new flashcards. Catch-up mode serves
 * at most `dailyCapacity` reviews a day (counting those already done today), most forgettable first, and
 * introduces no new cards until the backlog is cleared.
 */
export async function getReviewQueue(userId: string, options: QueueOptions = {}): Promise<ReviewQueue> {
  const { now = new Date(), mode = "normal", newPerDay = DEFAULT_NEW_PER_DAY, dailyCapacity = DEFAULT_DAILY_CAPACITY } = options;
  const limit = Math.max(1, Math.min(options.limit ?? 20, MAX_QUEUE_LIMIT));
  // On the primary, like every read here: the queue is shown right after the student's own review.
  const user = await db
    .$primary()
    .user.findUnique({ where: { id: userId }, select: { timezone: true, examMonth: true, examYear: true, enrolments: { select: { courseId: true } } } });
  if (!user) throw new NotFoundError("Account not found.");
  const timeZone = safeTimeZone(user.timezone);
  const courseIds = user.enrolments.map((e) => e.courseId);
  const day = localDayBounds(now, timeZone);

  const counts = courseIds.length ? await loadQueueCounts(userId, courseIds, now, day) : noCounts;
  const newLeftToday = Math.max(0, newPerDay - counts.introducedToday);
  const remainingToday = Math.max(0, dailyCapacity - counts.reviewedToday);
  const catchingUp = mode === "catch-up";

  const [dueCards, fresh] = courseIds.length
    ? await Promise.all([
        loadDueCards(userId, courseIds, {
          now,
          dayEnd: day.end,
          limit: catchingUp ? Math.min(limit, remainingToday) : limit,
          order: catchingUp ? "forgettable" : "due",
        }),
        loadNewFlashcards(userId, courseIds, catchingUp ? 0 : Math.min(newLeftToday, limit)),
      ])
    : [[], { cards: [], available: 0 }];

  const examStart = examStartDate(user.examMonth, user.examYear);
  const items: QueueItem[] = [
    ...dueCards.map((c): QueueItem => {
      const seedKey = c.content.kind === "flashcard" ? c.content.flashcardId : c.content.questionId;
      return {
        key: `state:${c.cardStateId}`,
        ref: { cardStateId: c.cardStateId },
        isNew: false,
        courseId: c.courseId,
        topic: c.topic,
        schedule: c.schedule,
        intervals: previewIntervals(toFsrsCard(c.schedule), now, { examStart, seedKey }),
        content: c.content,
      };
    }),
    ...fresh.cards.map((f): QueueItem => ({
      key: `flashcard:${f.flashcardId}`,
      ref: { flashcardId: f.flashcardId },
      isNew: true,
      courseId: f.courseId,
      topic: f.topic,
      schedule: null,
      intervals: previewIntervals(createEmptyCard(now), now, { examStart, seedKey: f.flashcardId }),
      content: { kind: "flashcard", flashcardId: f.flashcardId, front: f.front, back: f.back },
    })),
  ].slice(0, limit);

  // What comes next when nothing more is served today: a scheduled card, or tomorrow's new cards / catch-up share.
  const waitingForTomorrow =
    (!catchingUp && newPerDay > 0 && newLeftToday === 0 && fresh.available > 0) || (catchingUp && remainingToday === 0 && counts.dueToday > 0);
  const candidates = [counts.nextDueAt, waitingForTomorrow ? day.end : null].filter((d): d is Date => d !== null);
  const nextDueAt = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;

  return {
    mode,
    timeZone,
    due: items,
    counts: { dueToday: counts.dueToday, overdue: counts.overdue, new: catchingUp ? 0 : Math.min(newLeftToday, fresh.available), mistakes: counts.mistakes },
    nextDueAt,
    catchUp: {
      recommended: needsCatchUp(counts.dueToday, dailyCapacity),
      backlog: counts.dueToday,
      dailyCapacity,
      remainingToday,
      plan: planCatchUp(counts.dueToday, dailyCapacity, CATCH_UP_PLAN_DAYS, counts.reviewedToday),
    },
  };
}
