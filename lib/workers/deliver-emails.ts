import { deliverPendingEmails } from "@/lib/email/deliver-outbox";
import { defineCronJob, defineEventJob } from "@/lib/jobs/job-definition";

// Exactly once per outbox row: each run claims rows with UPDATE … SKIP LOCKED, so a retried run or a
// duplicated event finds the rows already SENT (or claimed by the other run) and sends nothing twice.
// Retries of a failed send are the outbox's own (backoff per row), not the job's.

export const deliverEmails = defineEventJob({
  id: "deliver-emails",
  name: "Deliver outbox emails",
  trigger: { event: "email/outbox.pending" },
  retries: 2,
  concurrency: { limit: 2 },
  run: async ({ step }) => step.run("deliver-due-emails", () => deliverPendingEmails({ limit: 50 })),
});

/** Picks up what an event-triggered run missed: retries whose backoff ended, or a lost event. */
export const deliverEmailsSweep = defineCronJob({
  id: "deliver-emails-sweep",
  name: "Deliver outbox emails (sweep)",
  trigger: { cron: "* * * * *" },
  retries: 0,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("deliver-due-emails", () => deliverPendingEmails({ limit: 200 })),
});
