import { defineCronJob, defineEventJob } from "@/lib/jobs/job-definition";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { enqueue } from "@/lib/jobs/enqueue";
import { assignmentsDueForReminder, sendAssignmentReminders } from "@/lib/assignments/send-assignment-reminders";

/**
 * Every 15 minutes: one event per assignment now due within a day. The event id names the assignment,
 * so Inngest (and inline mode) run it once however many sweeps see it; the outbox key is the real
 * guarantee (one email per student and assignment) if an event is ever delivered again.
 */
export const assignmentReminderSweep = defineCronJob({
  id: "assignment-reminder-sweep",
  name: "Find assignments due within a day",
  trigger: { cron: "*/15 * * * *" },
  retries: 1,
  concurrency: { limit: 1 },
  run: async ({ step }) => {
    const ids = await step.run("find-due", () => assignmentsDueForReminder());
    await step.run("enqueue", async () => {
      for (const assignmentId of ids) await enqueue({ name: "assignment/reminder.due", data: { assignmentId }, id: `assignment-reminder:${assignmentId}` });
    });
    return { assignments: ids.length };
  },
});

/** Emails the members who have not handed the assignment in (lib/assignments/send-assignment-reminders.ts). */
export const assignmentReminders = defineEventJob({
  id: "send-assignment-reminders",
  name: "Assignment due-tomorrow reminders",
  trigger: { event: "assignment/reminder.due" },
  retries: 2,
  concurrency: { limit: 2 },
  idempotency: "event.data.assignmentId",
  run: async ({ event, step }) => {
    const counts = await step.run("queue-reminders", () => sendAssignmentReminders(event.data.assignmentId));
    if (counts.enqueued) await step.run("deliver", () => deliverEmailsSoon());
    return counts;
  },
});
