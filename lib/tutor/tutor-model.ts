import { env } from "@/lib/env";
import { feedbackModelFromEnv, type FeedbackModel } from "@/lib/feedback/feedback-model";

/**
 * The tutor's model: the one written feedback uses (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL), unless
 * the kill switch TUTOR_ENABLED is off. Null means the tutor does not exist: its API answers 404 and the
 * panel is not shown. Read at each call, so flipping the switch needs a restart, not a build.
 */
export function tutorModelFromEnv(): FeedbackModel | null {
  return env.TUTOR_ENABLED ? feedbackModelFromEnv() : null;
}
