import { AppError, BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { reviewCard, type ReviewOutcome } from "@/lib/flashcards/review-card";
import type { OfflineReview } from "@/lib/flashcards/offline-review-input";

/** A device clock this far ahead of ours is still believed (its review is dated now); further is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
/** Older reviews are refused: the offline pack covers a few days, and a schedule rebuilt from month-old ratings would mislead. */
export const MAX_OFFLINE_AGE_MS = 30 * 24 * 3_600_000;

export type SyncedReview =
  { id: string; outcome: ReviewOutcome; cardStateId: string; due: Date } | { id: string; outcome: "rejected"; error: { code: string; message: string } };

/**
 * Applies reviews made offline, oldest first, each at its own time (FSRS schedules from the time elapsed
 * since the card's last review), each in its own transaction so one refused review never loses another.
 * Every review carries its device-made id: a retried or duplicated sync finds it stored and does not count it
 * again. A review made from a stale copy of a card — the card was reviewed after the device fetched it, online
 * or on another device that synced first — is "superseded" and not applied: of two devices' reviews of one
 * card, the first to reach the server counts. Every review gets a final outcome, so the device can forget it.
 */
export async function syncOfflineReviews(userId: string, deviceUserId: string, reviews: OfflineReview[], now = new Date()): Promise<SyncedReview[]> {
  if (deviceUserId !== userId) throw new ConflictError("These reviews were made in another account. Sign in to that account to save them.", "other_account");
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => a.review.reviewedAt.getTime() - b.review.reviewedAt.getTime() || a.index - b.index);

  const results: SyncedReview[] = [];
  for (const { review } of ordered) results.push(await syncOne(userId, review, now));
  if (results.some((r) => r.outcome === "applied")) await invalidateDashboard(userId);
  return results;
}

async function syncOne(userId: string, review: OfflineReview, now: Date): Promise<SyncedReview> {
  const age = now.getTime() - review.reviewedAt.getTime();
  if (age < -MAX_CLOCK_SKEW_MS)
    return rejected(review.id, new BadRequestError("This review is dated in the future: check the device's clock.", undefined, "future_review"));
  if (age > MAX_OFFLINE_AGE_MS) return rejected(review.id, new BadRequestError("This review is more than 30 days old.", undefined, "review_too_old"));
  const at = age < 0 ? now : review.reviewedAt;
  try {
    const result = await reviewCard(userId, review.card, review.rating, at, {
      offline: { clientReviewId: review.id, seenAt: review.seenAt },
      invalidate: false,
    });
    return { id: review.id, outcome: result.outcome, cardStateId: result.cardStateId, due: result.due };
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof BadRequestError) return rejected(review.id, err);
    // The same id raced in on another card: it is stored already, under whichever won.
    if (isUniqueViolation(err)) return rejected(review.id, new BadRequestError("That review id is already in use.", undefined, "review_id_taken"));
    throw err;
  }
}

function rejected(id: string, err: AppError): SyncedReview {
  return { id, outcome: "rejected", error: { code: err.code, message: err.message } };
}
