import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// Bounded waits: a send must finish well inside the outbox's claim lease (see claim-due-emails.ts), or a
// hung SMTP server would let a second deliverer reclaim and resend the row.
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

let transport: Transporter | undefined;

/** The SMTP transport built from SMTP_URL, created once per process; null when SMTP_URL is unset. */
export function smtpTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transport ??= createSmtpTransport(env.SMTP_URL);
  return transport;
}

/** A transport for an explicit SMTP URL (tests, scripts), with the same timeouts. */
export function createSmtpTransport(url: string): Transporter {
  return createTransport({ ...timeouts, url });
}
