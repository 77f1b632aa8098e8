import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { requestUserExport } from "@/lib/admin/users/request-user-export";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { createTestUser } from "@/lib/test-support/users";

describe("requestUserExport", () => {
  it("creates one export of the user's data owned by the admin, audited once however often it is pressed", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser();
    const now = new Date("2026-05-04T10:15:00Z");

    const first = await requestUserExport(admin, student.id, { requestId: "req-export" }, now);
    const again = await requestUserExport(admin, student.id, {}, new Date("2026-05-04T10:55:00Z"));

    expect(first).toMatchObject({ email: student.email, created: true });
    expect(again).toMatchObject({ created: false, file: { id: first.file.id } });
    const file = await db.$primary().generatedFile.findUniqueOrThrow({ where: { id: first.file.id } });
    expect(file).toMatchObject({ ownerId: admin.id, kind: "DATA_EXPORT", params: { userId: student.id } });
    const entries = await auditEntriesFor(student.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, action: "user.data_export", after: { fileId: first.file.id }, requestId: "req-export" });
  });

  it("answers not found for an unknown user and creates nothing", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await expect(requestUserExport(admin, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.$primary().generatedFile.count({ where: { ownerId: admin.id } })).toBe(0);
  });
});
