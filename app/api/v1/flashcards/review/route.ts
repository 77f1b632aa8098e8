import { route } from "@/lib/api/route";
import { reviewCard } from "@/lib/flashcards/review-card";
import { reviewInput } from "@/lib/flashcards/review-input";

/** Rates one card (1 Again … 4 Easy) and answers with when it comes back. */
export const POST = route({ access: "user", body: reviewInput }, async ({ user, body }) => {
  const result = await reviewCard(user.id, body.card, body.rating);
  return { cardStateId: result.cardStateId, due: result.due, intervalText: result.intervalText, scheduledDays: result.scheduledDays, state: result.state };
});
