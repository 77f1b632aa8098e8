import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { signUpInput } from "@/lib/accounts/account-input";
import { registerAccount } from "@/lib/accounts/register-account";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";
import { decideTeacherRequest } from "./decide-teacher-request";
import { listTeacherRequests } from "./list-teacher-requests";

const users: string[] = [];
afterAll(() => deleteTestUsers(users));

async function signUpAsTeacher(school = "Colegio Internacional de Sevilla") {
  const input = signUpInput.parse({
    name: "Marta Ruiz",
    email: `teacher-${randomUUID().slice(0, 8)}@example.com`,
    password: "correct horse battery",
    teacher: true,
    school,
  });
  const { userId } = await registerAccount(input);
  users.push(userId);
  return { userId, email: input.email };
}

const outbox = (userId: string) =>
  db.$primary().emailOutbox.findMany({ where: { userId, template: "teacher-access-approved" }, select: { to: true, subject: true } });
const user = (id: string) => db.$primary().user.findUniqueOrThrow({ where: { id }, select: { role: true, sessionGeneration: true, teacherRequestedAt: true } });

describe("teacher access requests", () => {
  it("need a school when asked for at sign-up, and none otherwise", () => {
    const base = { name: "A", email: "a@example.com", password: "correct horse battery" };
    expect(signUpInput.safeParse({ ...base, teacher: true }).error?.issues).toEqual([
      expect.objectContaining({ path: ["school"], message: "Tell us where you teach, so an admin can approve your access." }),
    ]);
    expect(signUpInput.parse(base)).toMatchObject({ teacher: false });
  });

  it("are listed for admins; approving makes the person a teacher, ends their sessions and emails them, once", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    users.push(admin.id);
    const { userId, email } = await signUpAsTeacher();
    expect(await listTeacherRequests(1000)).toContainEqual(
      expect.objectContaining({ id: userId, email, school: "Colegio Internacional de Sevilla", emailVerified: false }),
    );
    const before = await user(userId);
    expect(before.role).toBe("STUDENT");

    expect(await decideTeacherRequest(admin, userId, "approve", { ip: "198.51.100.2" })).toEqual({ email, roleChanged: true });
    expect(await user(userId)).toEqual({ role: "TEACHER", sessionGeneration: before.sessionGeneration + 1, teacherRequestedAt: null });
    expect(await outbox(userId)).toEqual([{ to: email, subject: "Your teacher access is ready" }]);
    expect(await auditEntries(userId)).toEqual([
      { actorId: admin.id, action: "user.teacher_request_approve", before: { role: "STUDENT" }, after: { role: "TEACHER" } },
    ]);
    expect(await listTeacherRequests(1000)).not.toContainEqual(expect.objectContaining({ id: userId }));
    // Deciding again (a double click, a second admin) is refused and changes nothing.
    expect(await rejectionOf(decideTeacherRequest(admin, userId, "approve"))).toBeInstanceOf(BadRequestError);
    expect(await outbox(userId)).toHaveLength(1);
  });

  it("declining clears the request and leaves a student a student, without an email", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    users.push(admin.id);
    const { userId } = await signUpAsTeacher("Lycée Test");
    expect(await decideTeacherRequest(admin, userId, "decline")).toMatchObject({ roleChanged: false });
    expect(await user(userId)).toMatchObject({ role: "STUDENT", teacherRequestedAt: null });
    expect(await outbox(userId)).toEqual([]);
    expect((await auditEntries(userId)).map((e) => e.action)).toEqual(["user.teacher_request_decline"]);
  });
});
