import { route } from "@/lib/api/route";
import { getReviewQueue } from "@/lib/flashcards/review-queue";
import { queueQueryInput } from "@/lib/flashcards/review-input";

/** The signed-in student's review queue: the cards to study now, today's counts, the catch-up plan. */
export const GET = route({ access: "user", query: queueQueryInput }, async ({ user, query }) =>
  getReviewQueue(user.id, { mode: query.mode, limit: query.limit }),
);
