import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { getOutboxEmail, listOutbox, listOutboxQuery } from "@/lib/email/list-outbox";
import { loadJobHealth } from "@/lib/jobs/job-health";
import { waitForReplica } from "@/lib/test-support/replica";

async function queueVerification(to: string) {
  const url = `http://127.0.0.1:3100/verify-email?token=${randomUUID()}`;
  const id = await enqueueEmail(db, {
    to,
    template: "verify-email",
    data: { name: "Ada", verifyUrl: url, expiresInHours: 24 },
    idempotencyKey: `outbox-test:${to}`,
  });
  return { id: id!, url };
}

describe("the admin outbox", () => {
  it("shows a queued email, with its link, as not sent when no transport is configured", async () => {
    const to = `outbox-${randomUUID()}@example.test`;
    const { id, url } = await queueVerification(to);

    const { items } = await listOutbox(listOutboxQuery.parse({ q: to }), false);
    expect(items).toEqual([expect.objectContaining({ id, to, template: "verify-email", status: "NOT_SENT", sentAt: null })]);
    const email = await getOutboxEmail(id, false);
    expect(email?.text).toContain(url);
    expect(email?.status).toBe("NOT_SENT");

    // With a transport the same row is simply waiting for the deliverer.
    expect((await listOutbox(listOutboxQuery.parse({ q: to }), true)).items[0]?.status).toBe("PENDING");
  });

  it("filters by status and finds no email for an unknown or malformed id", async () => {
    const to = `outbox-${randomUUID()}@example.test`;
    const { id } = await queueVerification(to);
    await db.emailOutbox.update({ where: { id }, data: { status: "SENT", sentAt: new Date() } });
    expect((await listOutbox(listOutboxQuery.parse({ q: to, status: "PENDING" }), true)).items).toEqual([]);
    expect((await listOutbox(listOutboxQuery.parse({ q: to, status: "SENT" }), true)).items[0]).toMatchObject({ id, status: "SENT" });
    expect(await getOutboxEmail(randomUUID())).toBeNull();
    expect(await getOutboxEmail("not-a-uuid")).toBeNull();
  });
});

describe("the job backlog without a mail transport", () => {
  it("keeps unsendable emails out of the waiting count and reports them as not sent", async () => {
    await queueVerification(`outbox-${randomUUID()}@example.test`);
    await waitForReplica();
    const withTransport = await loadJobHealth({ transportConfigured: true });
    const without = await loadJobHealth({ transportConfigured: false });
    expect(without.backlog.emailsPending).toBe(0);
    expect(without.backlog.oldestEmailWaitSeconds).toBe(0);
    expect(without.backlog.emailsNotSent).toBeGreaterThanOrEqual(1);
    expect(withTransport.backlog.emailsNotSent).toBe(0);
  });
});
