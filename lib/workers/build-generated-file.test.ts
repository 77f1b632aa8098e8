import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFileKind, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { buildGeneratedFile, downloadUrl, markGeneratedFileFailed } from "./build-generated-file";
import { createTestStudent } from "@/lib/test-support/test-student";

const primary = db.$primary();
const users: string[] = [];
let student: Awaited<ReturnType<typeof createTestStudent>>;

beforeAll(async () => {
  student = await createTestStudent({ name: "Builder Student", answers: 3 });
  users.push(student.userId);
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: users } } });
});

/** A PENDING row as requestGeneratedFile leaves it (made directly, so no job races the test). */
async function pendingFile(kind: GeneratedFileKind, params: Prisma.InputJsonObject, ownerId = student.userId) {
  const file = await db.generatedFile.create({
    data: { ownerId, kind, params, idempotencyKey: `test:${randomUUID()}`, expiresAt: new Date(Date.now() + 86_400_000) },
    select: { id: true },
  });
  return file.id;
}
const readyEmails = (fileId: string) => primary.emailOutbox.findMany({ where: { idempotencyKey: `file-ready:${fileId}` } });

describe("buildGeneratedFile", () => {
  it("makes one file and one email when the same event is delivered five times at once", async () => {
    const fileId = await pendingFile("DATA_EXPORT", {});
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => buildGeneratedFile({ fileId })));
    expect(outcomes.filter((o) => o === "built")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already-ready")).toHaveLength(4);

    const file = await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(file).toMatchObject({ status: "READY", contentType: "application/zip", error: null });
    expect(file.fileName).toMatch(/^ib-revise-data-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(file.byteSize).toBe(file.content!.byteLength);
    expect(file.readyAt).not.toBeNull();
    const profile = JSON.parse(strFromU8(unzipSync(file.content!)["profile.json"]!)) as { email: string };
    expect(profile.email).toBe(student.email);

    const emails = await readyEmails(fileId);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: student.email, template: "file-ready", subject: "Your data export is ready" });
    expect(emails[0]!.text).toContain(downloadUrl(fileId));

    // Delivered again later: nothing changes.
    expect(await buildGeneratedFile({ fileId })).toBe("already-ready");
    expect(await readyEmails(fileId)).toHaveLength(1);
    expect((await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } })).readyAt).toEqual(file.readyAt);
  });

  it("makes a progress report PDF", async () => {
    const fileId = await pendingFile("PROGRESS_REPORT", { userIds: [student.userId] });
    expect(await buildGeneratedFile({ fileId })).toBe("built");
    const file = await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(file).toMatchObject({ status: "READY", contentType: "application/pdf" });
    expect(Buffer.from(file.content!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await readyEmails(fileId))[0]!.subject).toBe("Your progress report is ready");
  });

  it("exports the named user's data when an admin asked for it, to the admin", async () => {
    const admin = await createTestStudent({ role: "ADMIN" });
    users.push(admin.userId);
    const fileId = await pendingFile("DATA_EXPORT", { userId: student.userId }, admin.userId);
    expect(await buildGeneratedFile({ fileId })).toBe("built");
    const file = await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(JSON.parse(strFromU8(unzipSync(file.content!)["profile.json"]!))).toMatchObject({ email: student.email });
    expect((await readyEmails(fileId))[0]!.to).toBe(admin.email);
  });

  it("leaves a failed build PENDING for the retry, and marks it FAILED only on the final attempt", async () => {
    const fileId = await pendingFile("PROGRESS_REPORT", { nonsense: true });
    await expect(buildGeneratedFile({ fileId })).rejects.toThrow();
    expect(await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ status: "PENDING", error: null });

    await expect(buildGeneratedFile({ fileId }, { finalAttempt: true })).rejects.toThrow();
    const failed = await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toBeTruthy();
    expect(await readyEmails(fileId)).toHaveLength(0);
  });

  it("never turns a READY file into a failed one", async () => {
    const fileId = await pendingFile("DATA_EXPORT", {});
    await buildGeneratedFile({ fileId });
    await markGeneratedFileFailed(fileId, new Error("late failure report"));
    expect(await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ status: "READY", error: null });
  });

  it("does nothing for a file that no longer exists or has expired", async () => {
    expect(await buildGeneratedFile({ fileId: "0190a0a0-0000-7000-8000-000000000003" })).toBe("not-found");
    const fileId = await pendingFile("DATA_EXPORT", {});
    expect(await buildGeneratedFile({ fileId }, { now: new Date(Date.now() + 2 * 86_400_000) })).toBe("expired");
    expect(await primary.generatedFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ status: "PENDING" });
  });
});
