import { z } from "zod";
import { cardRefInput } from "@/lib/flashcards/review-input";

/** Reviews a device may send in one sync: a long bus ride's worth, and small enough to apply in one request. */
export const MAX_REVIEWS_PER_SYNC = 200;

const ratingMessage = "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)";

export const offlineReviewInput = z.strictObject({
  /** Made by the device when the review was made; the same id on a retry. */
  id: z.uuid({ error: "each review needs an id (a UUID made when it was made)" }),
  card: cardRefInput,
  rating: z.number({ error: ratingMessage }).int(ratingMessage).min(1, ratingMessage).max(4, ratingMessage),
  /** When the student rated the card, by the device's clock. */
  reviewedAt: z.iso.datetime({ offset: true, error: "reviewedAt must be an ISO 8601 date-time" }).transform((s) => new Date(s)),
  /** When the device learned the card's schedule (its offline pack's generatedAt), by the server's clock. */
  seenAt: z.iso.datetime({ offset: true, error: "seenAt must be an ISO 8601 date-time" }).transform((s) => new Date(s)),
});

export type OfflineReview = z.output<typeof offlineReviewInput>;

/** POST /api/v1/flashcards/offline-reviews */
export const offlineReviewSyncInput = z.strictObject({
  /** Whose reviews these are, as the device recorded them: a device signed in as someone else now must not apply them. */
  userId: z.uuid({ error: "userId must be the id of the account the reviews were made in" }),
  reviews: z
    .array(offlineReviewInput)
    .min(1, "send at least one review")
    .max(MAX_REVIEWS_PER_SYNC, `send at most ${MAX_REVIEWS_PER_SYNC} reviews at a time`)
    .refine((reviews) => new Set(reviews.map((r) => r.id)).size === reviews.length, "each review id may appear once"),
});
