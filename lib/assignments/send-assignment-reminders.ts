import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { db } from "@/lib/db/prisma";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { env } from "@/lib/env";
import { unsubscribeUrl } from "@/lib/reminders/unsubscribe-token";
import { loadAssignmentWork, workKey } from "@/lib/assignments/load-assignment-work";

/** Reminders go this long before the due time (the sweep runs every 15 minutes, so up to then). */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/** One reminder per student and assignment, ever: the outbox refuses a second row with this key. */
export const assignmentReminderKey = (assignmentId: string, userId: string) => `assignment-reminder:${assignmentId}:${userId}`;

/** Released, current assignments whose due time is within the next day: the reminder sweep's work. */
export async function assignmentsDueForReminder(now = new Date()): Promise<string[]> {
  const rows = await db.$replica().assignment.findMany({
    where: { archivedAt: null, releaseAt: { lte: now }, dueAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) }, class: { archivedAt: null } },
    orderBy: { dueAt: "asc" },
    take: 1_000,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Emails the members of an assignment's class who have not handed it in, a day before it is due. The
 * study reminders' rules apply (lib/reminders/select-reminder-recipients.ts): only active accounts with a
 * verified address that have not opted out of reminder emails, and every email carries the one-click
 * unsubscribe link. Idempotent: the outbox key names the assignment and the student, so running this
 * again (a retried job, the same event delivered five times, the next sweep) queues nothing new.
 * Does nothing for work that is withdrawn, not yet released, already due or not yet within a day.
 */
export async function sendAssignmentReminders(
  assignmentId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ recipients: number; enqueued: number }> {
  // The primary: a withdrawal or a submission a moment ago must stop the email.
  const reader = db.$primary();
  const assignment = await reader.assignment.findFirst({
    where: {
      id: assignmentId,
      archivedAt: null,
      releaseAt: { lte: now },
      dueAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) },
      class: { archivedAt: null },
    },
    select: { id: true, kind: true, title: true, releaseAt: true, dueAt: true, topicIds: true, classId: true, class: { select: { name: true } } },
  });
  if (!assignment) return { recipients: 0, enqueued: 0 };
  const members = await reader.classMember.findMany({
    where: { classId: assignment.classId, user: { status: "ACTIVE", emailReminders: true, emailVerifiedAt: { not: null } } },
    select: { user: { select: { id: true, email: true, name: true, timezone: true } } },
  });
  const work = await loadAssignmentWork(
    reader,
    [assignment],
    members.map((m) => m.user.id),
  );
  const due = members.filter(({ user }) => !work.get(workKey(assignment.id, user.id))?.submittedAt).map((m) => m.user);

  let enqueued = 0;
  for (const user of due) {
    const unsubscribe = unsubscribeUrl(user.id);
    const id = await enqueueEmail(db, {
      to: user.email,
      userId: user.id,
      template: "assignment-reminder",
      data: {
        name: user.name ?? undefined,
        title: assignment.title,
        className: assignment.class.name,
        dueText: formatInTimeZone(assignment.dueAt, safeTimeZone(user.timezone)),
        assignmentsUrl: new URL("/assignments", env.APP_URL).toString(),
        unsubscribeUrl: unsubscribe,
      },
      idempotencyKey: assignmentReminderKey(assignment.id, user.id),
      // RFC 8058 one-click unsubscribe, as on the study reminders.
      headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    if (id) enqueued += 1;
  }
  return { recipients: due.length, enqueued };
}
