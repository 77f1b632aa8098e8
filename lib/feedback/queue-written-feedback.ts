import { enqueue } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";

/**
 * Starts the AI-feedback job for each of a student's written answers that were just saved (call after
 * the transaction commits): one from practice, every one on a submitted mock paper. Nothing is sent when
 * no model is configured. The feedback is an extra: a failure to enqueue is logged and swallowed, so it
 * can never fail the answers the student already submitted.
 */
export async function queueWrittenFeedback(userId: string, attemptIds: readonly string[]): Promise<void> {
  if (!aiFeedbackConfigured()) return;
  await Promise.all(
    attemptIds.map(async (attemptId) => {
      try {
        // The id makes a retried submit, or a redelivered event, start the job once per answer.
        await enqueue({ name: "attempt/written.submitted", data: { attemptId, userId }, id: `ai-feedback:${attemptId}` });
      } catch (err) {
        logger.error({ err, attemptId }, "could not enqueue ai feedback for a written answer");
      }
    }),
  );
}
