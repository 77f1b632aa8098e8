import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getSession } from "@/lib/auth/session-store";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { changeUserRole } from "@/lib/admin/users/change-user-role";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const roleOf = async (id: string) => (await db.$primary().user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;

describe("changeUserRole", () => {
  it("changes the role, records before and after, and signs the user out so the new role takes effect", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser({ role: "STUDENT" });
    const { sid } = await signInAs(student);

    const result = await changeUserRole(admin, student.id, "TEACHER", { ip: "198.51.100.4", requestId: "req-role-1" });

    expect(result).toMatchObject({ id: student.id, role: "TEACHER", changed: true, revokedSessions: 1 });
    expect(await roleOf(student.id)).toBe("TEACHER");
    expect(await getSession(sid)).toBeNull();
    const [entry, ...rest] = await auditEntriesFor(student.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.role_change",
      entityType: "user",
      before: { role: "STUDENT" },
      after: { role: "TEACHER" },
      ip: "198.51.100.4",
      requestId: "req-role-1",
    });
  });

  it("does nothing, and logs nothing, when the user already has the role", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const teacher = await createTestUser({ role: "TEACHER" });
    const { sid } = await signInAs(teacher);
    expect(await changeUserRole(admin, teacher.id, "TEACHER")).toMatchObject({ changed: false, revokedSessions: 0 });
    expect(await getSession(sid)).not.toBeNull();
    expect(await auditEntriesFor(teacher.id)).toEqual([]);
  });

  it("refuses an admin's change of their own role with a message that says why", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const attempt = changeUserRole(admin, admin.id, "STUDENT");
    await expect(attempt).rejects.toBeInstanceOf(BadRequestError);
    await expect(attempt).rejects.toThrow("You cannot change your own role");
    expect(await roleOf(admin.id)).toBe("ADMIN");
    expect(await auditEntriesFor(admin.id)).toEqual([]);
  });

  it("answers not found for unknown or malformed ids, and refuses deleted accounts", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await expect(changeUserRole(admin, randomUUID(), "ADMIN")).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeUserRole(admin, "not-a-uuid", "ADMIN")).rejects.toBeInstanceOf(NotFoundError);
    const deleted = await createTestUser({ role: "STUDENT", status: "DELETED" });
    await expect(changeUserRole(admin, deleted.id, "ADMIN")).rejects.toThrow("This account is deleted");
    expect(await roleOf(deleted.id)).toBe("STUDENT");
  });
});
