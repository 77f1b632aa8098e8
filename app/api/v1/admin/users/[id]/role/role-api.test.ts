import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { PATCH } from "./route";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const patch = (id: string, body: unknown, cookie = "") =>
  PATCH(
    new Request(`http://127.0.0.1:3100/api/v1/admin/users/${id}/role`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    {
      params: Promise.resolve({ id }),
    },
  );
const roleOf = async (id: string) => (await db.$primary().user.findUniqueOrThrow({ where: { id }, select: { role: true } })).role;

describe("PATCH /api/v1/admin/users/[id]/role", () => {
  it("lets an admin change a user's role, audited with before and after", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser();
    const res = await patch(student.id, { role: "ADMIN" }, (await signInAs(admin)).cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: student.id, role: "ADMIN", changed: true });
    expect(await roleOf(student.id)).toBe("ADMIN");
    const [entry] = await auditEntriesFor(student.id);
    expect(entry).toMatchObject({ actorId: admin.id, action: "user.role_change", before: { role: "STUDENT" }, after: { role: "ADMIN" } });
    expect(entry!.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("refuses an admin's own demotion with a 400 that says why", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const res = await patch(admin.id, { role: "STUDENT" }, (await signInAs(admin)).cookie);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("You cannot change your own role. Ask another admin to do it.");
    expect(await roleOf(admin.id)).toBe("ADMIN");
  });

  it("answers 400 for an unknown role and 404 for an unknown user", async () => {
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));
    const bad = await patch(randomUUID(), { role: "OWNER" }, cookie);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    expect((await patch(randomUUID(), { role: "TEACHER" }, cookie)).status).toBe(404);
  });

  it("answers 401 signed out and 403 to a student, changing nothing", async () => {
    const student = await createTestUser();
    const victim = await createTestUser();
    expect((await patch(victim.id, { role: "ADMIN" })).status).toBe(401);
    const res = await patch(victim.id, { role: "ADMIN" }, (await signInAs(student)).cookie);
    expect(res.status).toBe(403);
    expect(await roleOf(victim.id)).toBe("STUDENT");
  });
});
