import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtpServer } from "@/lib/email/test-smtp-server";

// The job against a real SMTP server: SMTP_URL must be set before lib/env is first imported, so the
// app modules are imported after the server is up.
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let app: {
  db: typeof import("@/lib/db/prisma").db;
  enqueueEmail: typeof import("@/lib/email/enqueue-email").enqueueEmail;
  enqueue: typeof import("@/lib/jobs/enqueue").enqueue;
  runInline: typeof import("@/lib/jobs/inline-runner").runInline;
  settleInlineJobs: typeof import("@/lib/jobs/inline-runner").settleInlineJobs;
  deliverEmails: typeof import("@/lib/workers/deliver-emails").deliverEmails;
};

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  app = {
    ...(await import("@/lib/db/prisma")),
    ...(await import("@/lib/email/enqueue-email")),
    ...(await import("@/lib/jobs/enqueue")),
    ...(await import("@/lib/jobs/inline-runner")),
    ...(await import("@/lib/workers/deliver-emails")),
  };
});
afterAll(async () => {
  // Test files share the worker's process.env: later files must not see this file's SMTP server.
  delete process.env.SMTP_URL;
  await smtp.close();
});

const domain = `${randomUUID().slice(0, 8)}.jobs-test.example`;

async function queueWelcome(to: string) {
  await app.enqueueEmail(app.db, {
    to,
    template: "verify-email",
    data: { name: "Ada", verifyUrl: `https://ib-revise.test/verify?token=${randomUUID()}`, expiresInHours: 24 },
    idempotencyKey: `jobs-test:${to}`,
  });
}

describe("deliver-emails job", () => {
  it("sends one email when the same event is delivered five times", async () => {
    const to = `five-${randomUUID()}@${domain}`;
    await queueWelcome(to);
    const eventId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.runInline(app.deliverEmails, { name: "email/outbox.pending", data: {}, id: eventId })),
    );
    expect(results.filter((r) => r.status === "succeeded")).toHaveLength(1);
    expect(smtp.to(to)).toHaveLength(1);
  });

  it("sends one email when five different events race for the same outbox row", async () => {
    const to = `race-${randomUUID()}@${domain}`;
    await queueWelcome(to);
    await Promise.all(Array.from({ length: 5 }, () => app.runInline(app.deliverEmails, { name: "email/outbox.pending", data: {}, id: randomUUID() })));
    expect(smtp.to(to)).toHaveLength(1);
    const row = await app.db.$primary().emailOutbox.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("SENT");
  });

  it("is reached through enqueue in inline mode, and recorded in job_runs", async () => {
    const to = `enqueue-${randomUUID()}@${domain}`;
    await queueWelcome(to);
    const id = randomUUID();
    await app.enqueue({ name: "email/outbox.pending", data: {}, id });
    await app.settleInlineJobs();
    expect(smtp.to(to)).toHaveLength(1);
    expect(smtp.to(to)[0]?.subject).toMatch(/verify/i);
    const run = await app.db.$primary().jobRun.findFirstOrThrow({ where: { functionId: "deliver-emails", eventId: id } });
    expect(run).toMatchObject({ mode: "INLINE", status: "SUCCEEDED" });
  });

  it("rejects an event whose data does not match its schema", async () => {
    await expect(app.enqueue({ name: "file/requested", data: { fileId: "not-a-uuid" } })).rejects.toThrow();
  });
});
