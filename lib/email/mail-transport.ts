import { env } from "@/lib/env";

/**
 * Whether this deployment can send email at all. Without SMTP_URL nothing ever leaves the outbox, so
 * queued emails are not "waiting": admins read them in the outbox (/admin/emails) instead.
 */
export function mailTransportConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}
