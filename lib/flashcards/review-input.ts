import { z } from "zod";
import type { CardRef } from "@/lib/flashcards/queue-item";

const ratingMessage = "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)";
const rating = z.number({ error: ratingMessage }).int(ratingMessage).min(1, ratingMessage).max(4, ratingMessage);

export const cardRefInput = z.union([z.strictObject({ flashcardId: z.uuid() }), z.strictObject({ cardStateId: z.uuid() })], {
  error: "card must be { flashcardId } or { cardStateId } with a UUID",
});

/** POST /api/v1/flashcards/review */
export const reviewInput = z.object({ card: cardRefInput, rating });

/** GET /api/v1/flashcards/queue */
export const queueQueryInput = z.object({
  mode: z.enum(["normal", "catch-up"], { error: 'mode must be "normal" or "catch-up"' }).default("normal"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The page's rating form: the card as two hidden fields, the rating from the button pressed. */
export const rateCardForm = z
  .object({ cardKind: z.enum(["flashcard", "state"]), cardId: z.uuid(), rating: z.coerce.number().pipe(rating) })
  .transform(({ cardKind, cardId, rating }): { card: CardRef; rating: number } => ({
    card: cardKind === "flashcard" ? { flashcardId: cardId } : { cardStateId: cardId },
    rating,
  }));
