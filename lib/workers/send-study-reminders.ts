import { defineCronJob } from "@/lib/jobs/job-definition";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { sendStudyReminders } from "@/lib/reminders/send-study-reminders";

/**
 * Every hour, students whose local time is now 17:00–17:59 and who have cards due or a streak at risk
 * get one reminder (one per local day: the outbox key includes the date).
 */
export const studyReminders = defineCronJob({
  id: "send-study-reminders",
  name: "Daily study reminders",
  trigger: { cron: "5 * * * *" },
  retries: 2,
  concurrency: { limit: 1 },
  run: async ({ event, step }) => {
    const counts = await step.run("queue-reminders", () => sendStudyReminders({ now: scheduledTime(event.id) }));
    await step.run("deliver", () => deliverEmailsSoon());
    return counts;
  },
});

// A retried or late run must pick the users of the hour it was scheduled for, not the hour it runs in.
function scheduledTime(eventId: string): Date {
  const tick = /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/.exec(eventId)?.[1];
  return tick ? new Date(`${tick}:00.000Z`) : new Date();
}
