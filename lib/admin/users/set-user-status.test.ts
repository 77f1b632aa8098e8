import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { listSessions } from "@/lib/auth/session-store";
import { userFromRequest } from "@/lib/auth/user-from-request";
import { BadRequestError } from "@/lib/errors";
import { setUserStatus } from "@/lib/admin/users/set-user-status";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const requestWith = (cookie: string) => new Request("http://127.0.0.1:3100/api/v1/dashboard", { headers: { cookie } });
const statusOf = async (id: string) => (await db.$primary().user.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("setUserStatus", () => {
  it("suspends a user, whose session is refused on the very next request, and audits it", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser();
    const { cookie } = await signInAs(student);
    expect(await userFromRequest(requestWith(cookie))).toMatchObject({ id: student.id });

    expect(await setUserStatus(admin, student.id, "SUSPENDED", { requestId: "req-suspend" })).toMatchObject({ status: "SUSPENDED", revokedSessions: 1 });

    expect(await userFromRequest(requestWith(cookie))).toBeNull();
    expect(await listSessions(student.id)).toEqual([]);
    const [entry] = await auditEntriesFor(student.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.suspend",
      before: { status: "ACTIVE" },
      after: { status: "SUSPENDED" },
      requestId: "req-suspend",
    });
  });

  it("reactivates a suspended user and audits that too", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser({ role: "STUDENT", status: "SUSPENDED" });
    await setUserStatus(admin, student.id, "ACTIVE");
    expect(await statusOf(student.id)).toBe("ACTIVE");
    expect((await auditEntriesFor(student.id))[0]).toMatchObject({ action: "user.reactivate", before: { status: "SUSPENDED" }, after: { status: "ACTIVE" } });
  });

  it("refuses to suspend oneself, and to touch a deleted account", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await expect(setUserStatus(admin, admin.id, "SUSPENDED")).rejects.toBeInstanceOf(BadRequestError);
    expect(await statusOf(admin.id)).toBe("ACTIVE");
    const deleted = await createTestUser({ role: "STUDENT", status: "DELETED" });
    await expect(setUserStatus(admin, deleted.id, "ACTIVE")).rejects.toThrow("This account is deleted");
    expect(await statusOf(deleted.id)).toBe("DELETED");
    expect(await auditEntriesFor(deleted.id)).toEqual([]);
  });
});
