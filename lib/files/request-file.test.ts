import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { enqueue } from "@/lib/jobs/enqueue";
import { FILE_RETENTION_DAYS, requestGeneratedFile } from "./request-file";
import { requeuePendingFiles } from "./requeue-pending-files";
import { createTestStudent } from "@/lib/test-support/test-student";

// The job system is not under test here: a stand-in records what would be sent, and can fail.
vi.mock("@/lib/jobs/enqueue", () => ({ enqueue: vi.fn(async () => true) }));
const sent = vi.mocked(enqueue);

let ownerId: string;
beforeAll(async () => {
  ownerId = (await createTestStudent()).userId;
});
beforeEach(() => sent.mockReset());
afterAll(async () => {
  await db.user.delete({ where: { id: ownerId } });
});

describe("requestGeneratedFile", () => {
  it("creates one PENDING file per idempotency key and starts its job", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date();
    const first = await requestGeneratedFile({ ownerId, kind: "DATA_EXPORT", params: {}, idempotencyKey: key }, now);
    expect(first.created).toBe(true);
    expect(first.file).toMatchObject({ kind: "DATA_EXPORT", status: "PENDING", expiresAt: new Date(now.getTime() + FILE_RETENTION_DAYS * 86_400_000) });
    expect(sent).toHaveBeenCalledWith({ name: "file/requested", data: { fileId: first.file.id }, id: `file:${first.file.id}` });

    const again = await requestGeneratedFile({ ownerId, kind: "DATA_EXPORT", params: {}, idempotencyKey: key });
    expect(again).toEqual({ file: first.file, created: false });
    expect(await db.$primary().generatedFile.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("creates one file when the same request arrives several times at once", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => requestGeneratedFile({ ownerId, kind: "PROGRESS_REPORT", params: { userIds: [ownerId] }, idempotencyKey: key })),
    );
    expect(new Set(results.map((r) => r.file.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("keeps the file PENDING when the job cannot be started, for the retry sweep to send again", async () => {
    sent.mockResolvedValueOnce(false);
    const createdAt = new Date(Date.now() - 60 * 60_000);
    const { file } = await requestGeneratedFile({ ownerId, kind: "DATA_EXPORT", params: {}, idempotencyKey: `test:${randomUUID()}` }, createdAt);
    const stored = await db.$primary().generatedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(stored.status).toBe("PENDING");

    // The row's createdAt is the database's clock: sweep as if a while had passed.
    sent.mockReset();
    await requeuePendingFiles({ now: new Date(stored.createdAt.getTime() + 60 * 60_000), limit: 1_000 });
    // A new event id per sweep: the original id is deduplicated for a day.
    expect(sent).toHaveBeenCalledWith({ name: "file/requested", data: { fileId: file.id }, id: expect.stringMatching(new RegExp(`^file:${file.id}:sweep-`)) });
  });
});
