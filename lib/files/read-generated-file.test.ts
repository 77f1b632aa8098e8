import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFileStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { getGeneratedFileForDownload, listFilesQuery, listGeneratedFiles } from "./read-generated-file";
import { createTestStudent } from "@/lib/test-support/test-student";

const DAY_MS = 86_400_000;
let owner: string;
let stranger: string;

beforeAll(async () => {
  owner = (await createTestStudent()).userId;
  stranger = (await createTestStudent()).userId;
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [owner, stranger] } } });
});

async function file(status: GeneratedFileStatus, options: { ownerId?: string; expiresInDays?: number; params?: Record<string, unknown> } = {}) {
  const ready = status === "READY";
  const row = await db.generatedFile.create({
    data: {
      ownerId: options.ownerId ?? owner,
      kind: "DATA_EXPORT",
      status,
      params: (options.params ?? {}) as object,
      idempotencyKey: `test:${randomUUID()}`,
      expiresAt: new Date(Date.now() + (options.expiresInDays ?? 7) * DAY_MS),
      ...(ready
        ? {
            fileName: "ib-revise-data-2026-11-23.zip",
            contentType: "application/zip",
            content: new Uint8Array([80, 75, 5, 6]),
            byteSize: 4,
            readyAt: new Date(),
          }
        : {}),
    },
    select: { id: true },
  });
  return row.id;
}

describe("getGeneratedFileForDownload", () => {
  it("gives a file about other people only to an owner who is still an admin", async () => {
    for (const params of [{ userId: stranger }, { userIds: [stranger, owner] }, { courseId: randomUUID() }]) {
      const id = await file("READY", { params });
      await expect(getGeneratedFileForDownload({ id: owner, role: "ADMIN" }, id)).resolves.toMatchObject({ id });
      // Demoted since: the file stays theirs, but its contents are no longer theirs to read.
      await expect(getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, id)).rejects.toMatchObject({ status: 404 });
    }
    const own = await file("READY", { params: { userIds: [owner] } });
    await expect(getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, own)).resolves.toMatchObject({ id: own });
  });

  it("gives the owner a READY file's bytes", async () => {
    const id = await file("READY");
    const download = await getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, id);
    expect(download).toMatchObject({ id, fileName: "ib-revise-data-2026-11-23.zip", contentType: "application/zip" });
    expect([...download.content]).toEqual([80, 75, 5, 6]);
  });

  it("answers 404 alike for someone else's file, an unknown or malformed id and an expired file", async () => {
    const others = await file("READY", { ownerId: stranger });
    const expired = await file("READY", { expiresInDays: -1 });
    for (const id of [others, expired, "0190a0a0-0000-7000-8000-000000000004", "not-a-uuid"]) {
      await expect(getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, id)).rejects.toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("answers 409 while the file is being made and when it failed", async () => {
    await expect(getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, await file("PENDING"))).rejects.toMatchObject({
      status: 409,
      code: "file_not_ready",
    });
    await expect(getGeneratedFileForDownload({ id: owner, role: "STUDENT" }, await file("FAILED"))).rejects.toMatchObject({ status: 409, code: "file_failed" });
  });
});

describe("listGeneratedFiles", () => {
  it("lists only the owner's unexpired files, newest first, a page at a time", async () => {
    const lister = (await createTestStudent()).userId;
    try {
      const ids = [await file("READY", { ownerId: lister }), await file("PENDING", { ownerId: lister }), await file("FAILED", { ownerId: lister })];
      await file("READY", { ownerId: lister, expiresInDays: -1 });

      const first = await listGeneratedFiles(lister, listFilesQuery.parse({ limit: "2" }));
      expect(first.items.map((f) => f.id)).toEqual([ids[2], ids[1]]);
      expect(first.items[0]).not.toHaveProperty("content");
      const second = await listGeneratedFiles(lister, listFilesQuery.parse({ limit: "2", cursor: first.nextCursor! }));
      expect(second).toEqual({ items: [expect.objectContaining({ id: ids[0], status: "READY", byteSize: 4 })], nextCursor: null });
    } finally {
      await db.user.delete({ where: { id: lister } });
    }
  });
});
