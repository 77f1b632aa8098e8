import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { POST } from "./route";
import { createTestStudent } from "@/lib/test-support/test-student";

const url = "http://127.0.0.1:3100/api/v1/admin/reports";
let admin: Awaited<ReturnType<typeof createTestStudent>>;
let student: Awaited<ReturnType<typeof createTestStudent>>;
let adminCookie: string;
let studentCookie: string;

const cookieFor = async (s: { userId: string; email: string }, role: "ADMIN" | "STUDENT") =>
  sessionCookieHeader(await createSession({ userId: s.userId, email: s.email, name: null, role, onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }));
const post = (body: unknown, cookie?: string) =>
  POST(new Request(url, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) }), {
    params: Promise.resolve({}),
  });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  admin = await createTestStudent({ role: "ADMIN" });
  student = await createTestStudent();
  adminCookie = await cookieFor(admin, "ADMIN");
  studentCookie = await cookieFor(student, "STUDENT");
});
afterAll(async () => {
  await Promise.all([revokeAllSessions(admin.userId), revokeAllSessions(student.userId)]);
  await db.user.deleteMany({ where: { id: { in: [admin.userId, student.userId] } } });
});

describe("POST /api/v1/admin/reports", () => {
  it("starts a group report the admin owns, once per group and hour", async () => {
    const first = await post({ userIds: [student.userId] }, adminCookie);
    expect(first.status).toBe(202);
    const { file, created } = (await first.json()) as { file: { id: string; kind: string }; created: boolean };
    expect(created).toBe(true);
    expect(file.kind).toBe("PROGRESS_REPORT");
    expect(await db.$primary().generatedFile.findUniqueOrThrow({ where: { id: file.id } })).toMatchObject({
      ownerId: admin.userId,
      params: { userIds: [student.userId] },
    });

    const again = await post({ userIds: [student.userId, student.userId] }, adminCookie);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { file: { id: string } }).file.id).toBe(file.id);

    const course = await post({ courseId: student.courseId }, adminCookie);
    expect(course.status).toBe(202);
  });

  it.each([
    ["no group", {}],
    ["both kinds of group", { userIds: [randomUUID()], courseId: randomUUID() }],
    ["an id that is not a UUID", { userIds: ["42"] }],
    ["an empty list", { userIds: [] }],
    ["more than 500 students", { userIds: Array.from({ length: 501 }, () => randomUUID()) }],
    ["an unknown field", { courseId: randomUUID(), format: "csv" }],
  ])("answers 400 for %s", async (_, body) => {
    const res = await post(body, adminCookie);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("validation_failed");
  });

  it("answers 400 for students that do not exist and 404 for an unknown course", async () => {
    const unknownStudents = await post({ userIds: [student.userId, randomUUID()] }, adminCookie);
    expect(unknownStudents.status).toBe(400);
    expect((await errorOf(unknownStudents)).message).toBe("1 of the chosen students do not exist.");
    expect((await post({ courseId: randomUUID() }, adminCookie)).status).toBe(404);
  });

  it("refuses students (403) and signed-out callers (401)", async () => {
    expect((await post({ userIds: [student.userId] }, studentCookie)).status).toBe(403);
    expect((await post({ userIds: [student.userId] })).status).toBe(401);
  });
});
