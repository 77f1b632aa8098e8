import type { db, DbTransaction } from "@/lib/db/prisma";
import { renderEmail, type EmailTemplate, type EmailTemplateData } from "@/lib/email/render-email";

export type EnqueueEmailInput<T extends EmailTemplate> = {
  to: string;
  userId?: string;
  template: T;
  data: EmailTemplateData[T];
  /** Names the event, e.g. `verify-email:${tokenId}`: enqueueing it again (a retried request) is a no-op. */
  idempotencyKey: string;
  sendAfter?: Date;
  /** Extra headers, e.g. `List-Unsubscribe` (RFC 2369 / 8058) on bulk mail. */
  headers?: Record<string, string>;
};

/**
 * Renders an email and writes it to the outbox. Pass the transaction that makes the change the email
 * announces, so the email exists exactly when the change does; delivery happens later (deliverPendingEmails).
 * Returns the new row's id, or null when an email with this idempotency key was already queued.
 */
export async function enqueueEmail<T extends EmailTemplate>(
  client: DbTransaction | typeof db,
  { to, userId, template, data, idempotencyKey, sendAfter, headers }: EnqueueEmailInput<T>,
): Promise<string | null> {
  const { subject, html, text } = renderEmail(template, data);
  // ON CONFLICT DO NOTHING rather than catching a unique violation: an error would abort the caller's transaction.
  const created = await client.emailOutbox.createManyAndReturn({
    data: [{ to, userId, template, subject, html, text, idempotencyKey, sendAfter, headers }],
    skipDuplicates: true,
    select: { id: true },
  });
  return created[0]?.id ?? null;
}
