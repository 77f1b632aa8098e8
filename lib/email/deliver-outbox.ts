import type { Transporter } from "nodemailer";
import { db } from "@/lib/db/prisma";
import { claimDueEmails, MAX_ATTEMPTS, reclaimStuckEmails, type ClaimedEmail } from "@/lib/email/claim-due-emails";
import { redactSecretHeaders, redactSecretLinks } from "@/lib/email/redact-secret-links";
import { smtpTransport } from "@/lib/email/smtp-transport";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

const log = logger.child({ module: "email-outbox" });

// Stop starting new sends well before the claim lease runs out, so a slow batch is never reclaimed and
// resent by another deliverer while this one is still working through it.
const SEND_BUDGET_MS = 5 * 60_000;

/** 1, 2, 4, 8 ... minutes after each failure, capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 60 * 60_000);
}

export type DeliveryResult = { claimed: number; sent: number; failed: number; skipped?: "no SMTP_URL" };

/**
 * Sends due outbox emails. Safe to run from several processes at once: each row is claimed by exactly
 * one deliverer. `failed` counts failed sends in this run (retried later, or FAILED after MAX_ATTEMPTS).
 * `transport` overrides the SMTP_URL transport (tests, scripts).
 */
export async function deliverPendingEmails({ limit = 20, transport }: { limit?: number; transport?: Transporter } = {}): Promise<DeliveryResult> {
  const smtp = transport ?? smtpTransport();
  // Without SMTP the rows stay PENDING: admins read them in the outbox (/admin/emails).
  if (!smtp) return { claimed: 0, sent: 0, failed: 0, skipped: "no SMTP_URL" };

  const reclaimed = await reclaimStuckEmails();
  if (reclaimed > 0) log.warn({ reclaimed }, "reclaimed emails stuck in SENDING");

  const emails = await claimDueEmails(limit);
  const started = Date.now();
  let sent = 0;
  let failed = 0;
  for (const [i, email] of emails.entries()) {
    if (Date.now() - started > SEND_BUDGET_MS) {
      await releaseUnsent(emails.slice(i).map((e) => e.id));
      break;
    }
    if (await sendOne(smtp, email)) sent += 1;
    else failed += 1;
  }
  if (emails.length > 0) log.info({ claimed: emails.length, sent, failed }, "delivered outbox emails");
  return { claimed: emails.length, sent, failed };
}

async function sendOne(transport: Transporter, email: ClaimedEmail): Promise<boolean> {
  try {
    await transport.sendMail({
      from: env.EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers ?? undefined,
    });
  } catch (err) {
    await recordFailure(email, err);
    return false;
  }
  // If this write fails the row stays SENDING and is resent after the lease: at-least-once, by design.
  // Sent, the email keeps no working link: a reset or verification token must not outlive its delivery in the table.
  await db.emailOutbox.update({
    where: { id: email.id },
    data: {
      status: "SENT",
      sentAt: new Date(),
      lastError: null,
      html: redactSecretLinks(email.html),
      text: redactSecretLinks(email.text),
      headers: redactSecretHeaders(email.headers) ?? undefined,
    },
  });
  return true;
}

async function recordFailure(email: ClaimedEmail, err: unknown) {
  const attempts = email.attempts + 1;
  const final = attempts >= MAX_ATTEMPTS;
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1_000);
  await db.emailOutbox.update({
    where: { id: email.id },
    data: final
      ? { status: "FAILED", attempts, lastError: message }
      : { status: "PENDING", attempts, lastError: message, sendAfter: new Date(Date.now() + retryDelayMs(attempts)) },
  });
  // The id, not the address or body: the row holds the rest for whoever investigates.
  const responseCode = (err as { responseCode?: number }).responseCode;
  log[final ? "error" : "warn"](
    { emailId: email.id, attempts, responseCode, error: message },
    final ? "email failed permanently" : "email send failed, will retry",
  );
}

async function releaseUnsent(ids: string[]) {
  await db.emailOutbox.updateMany({ where: { id: { in: ids }, status: "SENDING" }, data: { status: "PENDING", sendAfter: new Date() } });
}
