import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { deleteExpiredFiles } from "./delete-expired-files";
import { createTestStudent } from "@/lib/test-support/test-student";

const DAY_MS = 86_400_000;
let ownerId: string;

beforeAll(async () => {
  ownerId = (await createTestStudent()).userId;
});
afterAll(async () => {
  await db.user.delete({ where: { id: ownerId } });
});

const fileExpiringAt = (expiresAt: Date) =>
  db.generatedFile
    .create({ data: { ownerId, kind: "PROGRESS_REPORT", idempotencyKey: `test:${randomUUID()}`, expiresAt }, select: { id: true } })
    .then((f) => f.id);

describe("deleteExpiredFiles", () => {
  it("deletes files whose expiry has passed, in batches, and keeps the rest", async () => {
    // An instant decades ago: the sweep can only reach the files this test made, never other tests' files.
    const now = new Date(Date.UTC(1980, 0, 1) + Math.floor(Math.random() * 3_000) * DAY_MS);
    const expired = await Promise.all([1, 2, 3].map((days) => fileExpiringAt(new Date(now.getTime() - days * DAY_MS))));
    const fresh = await fileExpiringAt(new Date(now.getTime() + DAY_MS));

    const deleted = await deleteExpiredFiles({ now, batchSize: 2 });
    expect(deleted).toBeGreaterThanOrEqual(3); // more only if an interrupted earlier run left files behind
    expect(await db.$primary().generatedFile.count({ where: { id: { in: expired } } })).toBe(0);
    expect(await db.$primary().generatedFile.count({ where: { id: fresh } })).toBe(1);

    expect(await deleteExpiredFiles({ now })).toBe(0);
    expect(await db.$primary().generatedFile.count({ where: { id: fresh } })).toBe(1);
  });
});
