import type { Grade } from "ts-fsrs";
import type { CardStateKind } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { fromFsrsCard, toCardStateKind, toFsrsCard } from "@/lib/flashcards/card-state-mapping";
import { examStartDate, scheduleReview } from "@/lib/flashcards/fsrs-scheduler";
import { formatInterval } from "@/lib/flashcards/format-interval";
import { lockCardState } from "@/lib/flashcards/lock-card-state";
import type { CardRef } from "@/lib/flashcards/queue-item";

/**
 * What became of a review. Online reviews are always applied. A review made offline (it carries the
 * device's id) may already be stored — a retried sync — or be superseded: made from a copy of the card
 * older than its latest review (reviewed meanwhile online or on another device that synced first), or
 * dated before that review. A superseded review is not applied: the card keeps the schedule it has.
 */
export type ReviewOutcome = "applied" | "duplicate" | "superseded";

export type ReviewResult = {
  outcome: ReviewOutcome;
  cardStateId: string;
  due: Date;
  /** "in 10 minutes", "in 3 days". */
  intervalText: string;
  scheduledDays: number;
  state: CardStateKind;
  lapses: number;
  /** The student's zone, to show `due` in their day. */
  timeZone: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notYours = () => new NotFoundError("That card is not in your review queue.");

/**
 * One review, in one transaction: on a flashcard's first review its card state is created (an empty FSRS
 * card, due now), then FSRS applies the rating under the exam cap, the new schedule is stored and a review
 * log written. A card that is not the user's, or whose course they are not enrolled in, is a 404 — the
 * same answer for "does not exist" and "not yours", so ids cannot be probed.
 */
export async function reviewCard(
  userId: string,
  cardRef: CardRef,
  rating: number,
  now = new Date(),
  options: { enableFuzz?: boolean; offline?: { clientReviewId: string; seenAt: Date }; invalidate?: boolean } = {},
): Promise<ReviewResult> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 4)
    throw new BadRequestError("Rate the card 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).", undefined, "invalid_rating");
  const id = "flashcardId" in cardRef ? cardRef.flashcardId : cardRef.cardStateId;
  if (!UUID.test(id)) throw notYours();

  const result = await db.$transaction(async (tx) => {
    if ("flashcardId" in cardRef) {
      const card = await tx.flashcard.findFirst({ where: { id, status: "PUBLISHED", course: { enrolments: { some: { userId } } } }, select: { id: true } });
      if (!card) throw notYours();
      // createEmptyCard's state is the table's defaults (NEW, due now, zeros); created_at = now is when the
      // card was introduced, which the daily new-card allowance counts.
      await tx.cardState.createMany({ data: [{ userId, flashcardId: id, due: now, createdAt: now }], skipDuplicates: true });
    }
    const locked = await lockCardState(tx, userId, cardRef);
    if (!locked?.reviewable) throw notYours();
    const unchanged = (outcome: ReviewOutcome): ReviewResult => ({
      outcome,
      cardStateId: locked.id,
      due: locked.due,
      intervalText: `in ${formatInterval(Math.max(0, locked.due.getTime() - now.getTime()))}`,
      scheduledDays: locked.scheduledDays,
      state: locked.state,
      lapses: locked.lapses,
      timeZone: locked.timeZone,
    });
    if (options.offline) {
      // The card's row lock is held, so a concurrent sync of the same review waits here and then finds it.
      const stored = await tx.reviewLog.findUnique({ where: { clientReviewId: options.offline.clientReviewId }, select: { userId: true } });
      if (stored && stored.userId !== userId) throw new BadRequestError("That review id is already in use.", undefined, "review_id_taken");
      if (stored) return unchanged("duplicate");
      if (locked.lastReview && (locked.lastReview > options.offline.seenAt || now < locked.lastReview)) return unchanged("superseded");
    }

    const { card, log } = scheduleReview(toFsrsCard(locked), rating as Grade, now, {
      examStart: examStartDate(locked.examMonth, locked.examYear),
      seedKey: locked.contentId,
      enableFuzz: options.enableFuzz,
    });
    const schedule = fromFsrsCard(card);
    await tx.cardState.update({ where: { id: locked.id }, data: schedule, select: { id: true } });
    await tx.reviewLog.create({
      data: {
        cardStateId: locked.id,
        userId,
        rating,
        state: toCardStateKind(log.state),
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsed_days,
        scheduledDays: log.scheduled_days,
        reviewedAt: now,
        clientReviewId: options.offline?.clientReviewId,
      },
      select: { id: true },
    });
    return {
      outcome: "applied" as const,
      cardStateId: locked.id,
      due: schedule.due,
      intervalText: `in ${formatInterval(schedule.due.getTime() - now.getTime())}`,
      scheduledDays: schedule.scheduledDays,
      state: schedule.state,
      lapses: schedule.lapses,
      timeZone: locked.timeZone,
    };
  });
  if (result.outcome === "applied" && options.invalidate !== false) await invalidateDashboard(userId);
  return result;
}
