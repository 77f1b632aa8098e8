"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { formatDueDate } from "@/lib/flashcards/format-due-date";
import { reviewCard } from "@/lib/flashcards/review-card";
import { rateCardForm } from "@/lib/flashcards/review-input";

/** What the review page shows after a rating: when the card just rated comes back, or why it was not rated. */
export type RateCardState = { error?: string; reviewed?: { dueText: string; intervalText: string } };

export const rateCard = formAction<"user", RateCardState>({ access: "user" }, async (formData, { user }) => {
  const parsed = rateCardForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Rate the card with Again, Hard, Good or Easy." };
  const result = await reviewCard(user.id, parsed.data.card, parsed.data.rating);
  // Re-renders the page with the next card in the same round trip.
  revalidatePath("/flashcards");
  return { reviewed: { dueText: formatDueDate(result.due, result.timeZone), intervalText: result.intervalText } };
});
