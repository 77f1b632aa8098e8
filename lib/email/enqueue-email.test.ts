import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { enqueueEmail } from "@/lib/email/enqueue-email";

const domain = `${randomUUID().slice(0, 8)}.enqueue-test.example`;
const address = () => `student-${randomUUID()}@${domain}`;
const welcome = (to: string, idempotencyKey = `test:${to}`) =>
  ({ to, template: "welcome", data: { name: "Ada", dashboardUrl: "https://ib-revise.test/dashboard" }, idempotencyKey }) as const;

afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { to: { endsWith: `@${domain}` } } });
});

describe("enqueueEmail", () => {
  it("stores the rendered email as PENDING and returns its id", async () => {
    const to = address();
    const id = await enqueueEmail(db, welcome(to));
    const stored = await db.$primary().emailOutbox.findUniqueOrThrow({ where: { id: id! } });
    expect(stored).toMatchObject({ to, template: "welcome", subject: "Welcome to IB Revise", status: "PENDING", attempts: 0 });
    expect(stored.text).toContain("https://ib-revise.test/dashboard");
  });

  it("ignores a duplicate idempotency key without throwing or aborting the transaction", async () => {
    const to = address();
    const key = `test:dup:${to}`;
    const result = await db.$transaction(async (tx) => {
      const first = await enqueueEmail(tx, welcome(to, key));
      const second = await enqueueEmail(tx, welcome(to, key));
      // Still usable: a unique violation would have aborted the transaction here.
      const count = await tx.emailOutbox.count({ where: { idempotencyKey: key } });
      return { first, second, count };
    });
    expect(result.first).toEqual(expect.any(String));
    expect(result.second).toBeNull();
    expect(result.count).toBe(1);
    expect(await enqueueEmail(db, welcome(to, key))).toBeNull();
    expect(await db.$primary().emailOutbox.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const to = address();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, welcome(to));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.$primary().emailOutbox.count({ where: { to } })).toBe(0);
  });
});
