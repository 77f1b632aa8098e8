import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { readerFor } from "@/lib/db/read-your-writes";
import { NotFoundError } from "@/lib/errors";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";
import { feedbackState, type FeedbackState } from "@/lib/feedback/feedback-state";
import { parseStoredFeedback, type StoredFeedback } from "@/lib/feedback/written-feedback-schema";

/** A mock paper has at most a few dozen written answers; more ids than this in one poll is not a page of ours. */
export const MAX_FEEDBACK_IDS = 60;

/** `?ids=<uuid>,<uuid>`: the attempts a page is waiting on. A malformed id names no attempt of the student's (404, below). */
export const feedbackStatesQuery = z.object({
  ids: z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string()).min(1, "Name at least one attempt.").max(MAX_FEEDBACK_IDS, `Ask about at most ${MAX_FEEDBACK_IDS} attempts at once.`)),
});

export type AttemptFeedbackState = { attemptId: string; state: FeedbackState; feedback: StoredFeedback | null };

const notFound = () => new NotFoundError("There is no such answer.");

/**
 * The AI-feedback state of some of the student's own attempts, for the page's poller: one indexed query
 * (by primary key, filtered by owner) on the student's reader. Any id that is not one of the student's
 * attempts makes the whole answer 404, so nothing is learnt about other students' attempts.
 */
export async function loadFeedbackStates(userId: string, attemptIds: string[]): Promise<AttemptFeedbackState[]> {
  if (attemptIds.some((id) => !z.uuid().safeParse(id).success)) throw notFound();
  const query = (reader: typeof db, ids: string[]) => reader.attempt.findMany({ where: { id: { in: ids }, userId }, select: { id: true, aiFeedback: true } });
  const rows = await query(await readerFor(userId), attemptIds);
  // A replica a moment behind may not have an attempt written just now: the primary settles it (rare).
  const missing = attemptIds.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) rows.push(...(await query(db.$primary() as typeof db, missing)));
  if (rows.length < attemptIds.length) throw notFound();

  const configured = aiFeedbackConfigured();
  const byId = new Map(rows.map((r) => [r.id, parseStoredFeedback(r.aiFeedback)]));
  return attemptIds.map((attemptId) => {
    const feedback = byId.get(attemptId) ?? null;
    const state = feedbackState(feedback, configured);
    // The text travels only once it is worth showing.
    return { attemptId, state, feedback: state === "pending" ? null : feedback };
  });
}
