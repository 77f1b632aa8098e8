import { defineCronJob } from "@/lib/jobs/job-definition";
import { submitExpiredMockExams } from "@/lib/mocks/expire-mock-exams";

/** A mock whose time ran out is submitted even if the student never comes back to it. */
export const submitExpiredMocks = defineCronJob({
  id: "submit-expired-mocks",
  name: "Submit expired mock exams",
  trigger: { cron: "*/5 * * * *" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("submit-expired", () => submitExpiredMockExams()),
});
