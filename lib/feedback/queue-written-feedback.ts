import { enqueue } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";

/**
 * Starts the AI-feedback job for a written answer that was just saved (call after the transaction
 * commits). Nothing is sent when no model is configured. The feedback is an extra: a failure to
 * enqueue is logged and swallowed, so it can never fail the answer the student already submitted.
 */
export async function queueWrittenFeedback(attemptId: string): Promise<void> {
  if (!aiFeedbackConfigured()) return;
  try {
    // The id makes a retried submit start the job once.
    await enqueue({ name: "attempt/written.submitted", data: { attemptId }, id: `ai-feedback:${attemptId}` });
  } catch (err) {
    logger.error({ err, attemptId }, "could not enqueue ai feedback for a written answer");
  }
}
