import { randomUUID } from "node:crypto";
import type { Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { deliverPendingEmails } from "@/lib/email/deliver-outbox";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { startTestSmtpServer } from "@/lib/email/test-smtp-server";
import { env } from "@/lib/env";

// Other rows may be due in the shared test database, and a deliverer sends those too; every assertion is
// about this file's own addresses (a per-run domain), never about global counts.
const domain = `${randomUUID().slice(0, 8)}.outbox-test.example`;
const address = (prefix = "student") => `${prefix}-${randomUUID()}@${domain}`;
const row = (to: string) => db.$primary().emailOutbox.findFirstOrThrow({ where: { to } });

async function queue(to: string) {
  const id = await enqueueEmail(db, {
    to,
    template: "verify-email",
    data: { name: "Ada", verifyUrl: `https://ib-revise.test/verify?token=${randomUUID()}`, expiresInHours: 24 },
    idempotencyKey: `test:${to}`,
  });
  if (!id) throw new Error("expected a new outbox row");
  return id;
}

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let transport: Transporter;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createSmtpTransport(smtp.url);
});
afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { to: { endsWith: `@${domain}` } } });
  transport.close();
  await smtp.close();
});

describe("deliverPendingEmails over SMTP", () => {
  it("delivers a queued email exactly once, with its recipient, subject, text and html", async () => {
    const to = address();
    await queue(to);
    const result = await deliverPendingEmails({ transport, limit: 1_000 });
    expect(result.sent).toBeGreaterThanOrEqual(1);

    const stored = await row(to);
    expect(stored).toMatchObject({ status: "SENT", attempts: 0, lastError: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    const [message, ...others] = smtp.to(to);
    expect(others).toHaveLength(0);
    // The recipient gets the working link; the stored copy keeps everything but its token.
    const deliveredToken = message?.text.match(/token=([\w-]+)/)?.[1];
    expect(deliveredToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(message?.html).toContain(`token=${deliveredToken}`);
    expect(`${stored.text}${stored.html}`).not.toContain(deliveredToken);
    // MIME framing may add or drop a final newline; the content must otherwise match exactly.
    const redact = (s: string | undefined) => s?.replaceAll(deliveredToken!, "redacted").trimEnd();
    expect({ to: message?.to, subject: message?.subject, text: redact(message?.text), html: redact(message?.html) }).toEqual({
      to: [to],
      subject: stored.subject,
      text: stored.text.trimEnd(),
      html: stored.html.trimEnd(),
    });

    await deliverPendingEmails({ transport, limit: 1_000 });
    expect(smtp.to(to)).toHaveLength(1);
  });

  it("sends the extra headers stored with an email (one-click unsubscribe)", async () => {
    const to = address("headers");
    await enqueueEmail(db, {
      to,
      template: "verify-email",
      data: { name: "Ada", verifyUrl: "https://ib-revise.test/verify?token=x", expiresInHours: 24 },
      idempotencyKey: `test:${to}`,
      headers: { "List-Unsubscribe": "<https://ib-revise.test/api/v1/reminders/unsubscribe?token=abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    await deliverPendingEmails({ transport, limit: 1_000 });
    // Long header lines are folded onto continuation lines; unfold before reading them.
    const headers = smtp.to(to)[0]?.raw.replace(/\r\n[ \t]+/g, " ");
    expect(headers).toContain("List-Unsubscribe: <https://ib-revise.test/api/v1/reminders/unsubscribe?token=abc>");
    expect(headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect((await row(to)).headers).toEqual({
      "List-Unsubscribe": "<https://ib-revise.test/api/v1/reminders/unsubscribe?token=redacted>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("never sends a row twice when three deliverers run at once", async () => {
    const recipients = Array.from({ length: 20 }, () => address());
    for (const to of recipients) await queue(to);
    // Small batches so the deliverers really interleave their claims instead of one taking everything.
    const drain = async () => {
      let sent = 0;
      for (let claimed = -1; claimed !== 0;)
        ({ claimed, sent } = await deliverPendingEmails({ transport, limit: 2 }).then((r) => ({ claimed: r.claimed, sent: sent + r.sent })));
      return sent;
    };
    const sentPerDeliverer = await Promise.all([drain(), drain(), drain()]);

    expect(sentPerDeliverer.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(recipients.length);
    for (const to of recipients) expect(smtp.to(to), to).toHaveLength(1);
    const statuses = await db.$primary().emailOutbox.findMany({ where: { to: { in: recipients } }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(recipients.map(() => "SENT"));
  });

  it("puts a rejected email back as PENDING with a backoff, and marks it FAILED after 5 attempts", async () => {
    const to = address("reject");
    await queue(to);
    const before = Date.now();
    const first = await deliverPendingEmails({ transport, limit: 1_000 });
    expect(first.failed).toBeGreaterThanOrEqual(1);

    const afterOne = await row(to);
    expect(afterOne).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(afterOne.lastError).toMatch(/550|mailbox unavailable/);
    expect(afterOne.sendAfter.getTime()).toBeGreaterThan(before + 30_000);

    for (let attempt = 2; attempt <= 5; attempt++) {
      await db.emailOutbox.update({ where: { id: afterOne.id }, data: { sendAfter: new Date(Date.now() - 1_000) } });
      await deliverPendingEmails({ transport, limit: 1_000 });
      expect((await row(to)).attempts).toBe(attempt);
    }
    expect(await row(to)).toMatchObject({ status: "FAILED", attempts: 5 });
    await deliverPendingEmails({ transport, limit: 1_000 });
    expect(await row(to)).toMatchObject({ status: "FAILED", attempts: 5 });
    expect(smtp.to(to)).toHaveLength(0);
  });

  it("reclaims a row stuck in SENDING past its lease, and leaves a fresh claim alone", async () => {
    const [stuck, busy] = [address(), address()];
    await queue(stuck);
    await queue(busy);
    await db.emailOutbox.update({ where: { idempotencyKey: `test:${stuck}` }, data: { status: "SENDING", sendAfter: new Date(Date.now() - 11 * 60_000) } });
    await db.emailOutbox.update({ where: { idempotencyKey: `test:${busy}` }, data: { status: "SENDING", sendAfter: new Date(Date.now() - 60_000) } });

    await deliverPendingEmails({ transport, limit: 1_000 });

    expect(await row(stuck)).toMatchObject({ status: "SENT", attempts: 1 });
    expect(smtp.to(stuck)).toHaveLength(1);
    expect(await row(busy)).toMatchObject({ status: "SENDING", attempts: 0 });
    expect(smtp.to(busy)).toHaveLength(0);
  });
});

describe("without SMTP_URL", () => {
  it("does nothing and leaves emails PENDING for the dev page", async () => {
    expect(env.SMTP_URL, "the test environment has no SMTP_URL").toBeUndefined();
    const to = address();
    await queue(to);
    expect(await deliverPendingEmails()).toEqual({ claimed: 0, sent: 0, failed: 0, skipped: "no SMTP_URL" });
    expect(await row(to)).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
