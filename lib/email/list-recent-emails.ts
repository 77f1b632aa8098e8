import { db } from "@/lib/db/prisma";

/**
 * The newest outbox rows, for the dev mailbox page. Read on the primary: the page is opened right after
 * the action that queued the email (and e2e tests follow its links at once), so replica lag would show
 * an empty mailbox.
 */
export async function listRecentEmails(limit = 50) {
  return db.$primary().emailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, template: true, status: true, attempts: true, lastError: true, html: true, text: true, createdAt: true },
  });
}
