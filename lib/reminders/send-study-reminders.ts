import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/email/render-email";
import { selectReminderRecipients, zonesInReminderHour, type ReminderRecipient } from "@/lib/reminders/select-reminder-recipients";
import { unsubscribeUrl } from "@/lib/reminders/unsubscribe-token";

export type StudyReminderCounts = {
  /** Keyset batches read. */
  batches: number;
  /** Opted-in users in the reminder hour. */
  candidates: number;
  /** Those with cards due or a streak at risk. */
  recipients: number;
  /** Reminders written to the outbox by this run. */
  enqueued: number;
  /** Recipients already reminded today (an earlier run in the same hour, or a retry). */
  alreadyQueued: number;
};

/** Names a student's reminder for one local day: the outbox refuses a second one, however often this runs. */
export const reminderIdempotencyKey = (userId: string, localDate: string) => `reminder:${userId}:${localDate}`;

/**
 * The hourly reminder job's work: emails every student whose local time is 17:xx and who has cards due
 * or a streak at risk. Idempotent: the same hour run twice (a retry, two schedulers) sends one email per
 * student per local day. Emails go to the outbox; the outbox job delivers them.
 */
export async function sendStudyReminders({ now = new Date() }: { now?: Date } = {}): Promise<StudyReminderCounts> {
  const counts: StudyReminderCounts = { batches: 0, candidates: 0, recipients: 0, enqueued: 0, alreadyQueued: 0 };
  const zones = await zonesInReminderHour(now);
  let after: string | null = null;
  do {
    const batch = await selectReminderRecipients({ now, zones, after });
    counts.batches += 1;
    counts.candidates += batch.scanned;
    counts.recipients += batch.recipients.length;
    const enqueued = await enqueueReminders(batch.recipients);
    counts.enqueued += enqueued;
    counts.alreadyQueued += batch.recipients.length - enqueued;
    after = batch.nextCursor;
  } while (after);
  return counts;
}

/**
 * One insert per batch rather than one per email (what enqueueEmail does): the same rows, rendered the
 * same way, with ON CONFLICT DO NOTHING on the idempotency key. Returns how many were new.
 */
async function enqueueReminders(recipients: ReminderRecipient[]): Promise<number> {
  if (recipients.length === 0) return 0;
  const created = await db.emailOutbox.createManyAndReturn({
    data: recipients.map((r) => {
      const unsubscribe = unsubscribeUrl(r.userId);
      const { subject, html, text } = renderEmail("study-reminder", {
        name: r.name ?? undefined,
        dueCards: r.dueCards,
        streakAtRisk: r.streakAtRisk,
        studyUrl: new URL(r.dueCards > 0 ? "/flashcards" : "/practice", env.APP_URL).toString(),
        unsubscribeUrl: unsubscribe,
      });
      // RFC 8058 one-click unsubscribe: mail providers show their own button and POST to the URL.
      const headers = { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
      return {
        to: r.email,
        userId: r.userId,
        template: "study-reminder",
        subject,
        html,
        text,
        headers,
        idempotencyKey: reminderIdempotencyKey(r.userId, r.localDate),
      };
    }),
    skipDuplicates: true,
    select: { id: true },
  });
  return created.length;
}
