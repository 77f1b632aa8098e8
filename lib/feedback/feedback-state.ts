import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";

/**
 * Where a written answer's AI feedback stands, as the page shows it: on its way, there, given up on,
 * or never coming because no model is configured.
 */
export type FeedbackState = "pending" | "ready" | "failed" | "not_configured";

/** Finished states: polling stops once every answer is in one. */
export const isSettled = (state: FeedbackState) => state !== "pending";

export function feedbackState(feedback: StoredFeedback | null, configured: boolean): FeedbackState {
  if (feedback?.status === "ready") return "ready";
  if (feedback?.status === "unavailable") return feedback.reason === "not_configured" ? "not_configured" : "failed";
  return configured ? "pending" : "not_configured";
}
