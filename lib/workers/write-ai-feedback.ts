import { generateWrittenFeedback } from "@/lib/feedback/request-written-feedback";
import { defineEventJob } from "@/lib/jobs/job-definition";

/** Model calls at once: per instance in inline mode, for the whole job on Inngest. */
export const AI_FEEDBACK_CONCURRENCY = 4;
/** Model calls at once for one student: a submitted mock paper of written answers shares the model fairly. */
export const AI_FEEDBACK_CONCURRENCY_PER_STUDENT = 2;

// Model problems (timeouts, bad output) are stored as "unavailable" by the domain function and never
// retried here; a retry means the database failed. The throttle keeps a burst of submissions inside a
// model provider's rate limit.
export const writeAiFeedback = defineEventJob({
  id: "write-ai-feedback",
  name: "AI feedback on a written answer",
  trigger: { event: "attempt/written.submitted" },
  retries: 3,
  idempotency: "event.data.attemptId",
  concurrency: [{ limit: AI_FEEDBACK_CONCURRENCY }, { limit: AI_FEEDBACK_CONCURRENCY_PER_STUDENT, key: "event.data.userId" }],
  throttle: { limit: 60, period: "1m" },
  run: async ({ event, step }) => step.run("ask-model", () => generateWrittenFeedback({ attemptId: event.data.attemptId })),
});
