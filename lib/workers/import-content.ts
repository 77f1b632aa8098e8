import { failContentImport, runContentImport } from "@/lib/content-import/run-content-import";
import { defineEventJob } from "@/lib/jobs/job-definition";

/** A validated bulk import, written in batches; a retry resumes after the last committed batch. */
export const importContent = defineEventJob({
  id: "import-content",
  name: "Import questions",
  trigger: { event: "content-import/started" },
  retries: 3,
  idempotency: "event.data.importId",
  // Imports rewrite the question bank and its caches: one at a time.
  concurrency: { limit: 1 },
  run: async ({ event, step }) => step.run("import-rows", () => runContentImport({ importId: event.data.importId })),
  onFailure: async ({ event, error }) => failContentImport({ importId: event.data.importId, error: error.message }),
});
