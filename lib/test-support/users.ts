import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { createSession } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";

export type TestUser = { id: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN" };

export type TestUserOptions = {
  role?: TestUser["role"];
  status?: "ACTIVE" | "SUSPENDED" | "DELETED";
  /** Course slugs to enrol in, optionally with a target grade: `["physics-sl", ["math-aa-hl", 6]]`. */
  courses?: (string | [slug: string, targetGrade: number | null])[];
  /** Whether onboarding is done (most pages send a student who has not onboarded to /onboarding). */
  onboarded?: boolean;
  /** Any other column, for the test that is about it (`emailVerifiedAt`, `createdAt`, `name`…). */
  data?: Omit<Prisma.UserCreateInput, "email" | "role" | "status" | "enrolments">;
};

/**
 * The one way tests make accounts: a fresh user with an email of its own (tests never share users),
 * written to the primary. Delete with deleteTestUsers; their data cascades.
 */
export async function createTestUser(options: TestUserOptions = {}): Promise<TestUser> {
  const [user] = await insertUsers(1, options);
  return user!;
}

export async function createTestUsers(count: number, options: TestUserOptions = {}): Promise<string[]> {
  return (await insertUsers(count, options)).map((u) => u.id);
}

export async function deleteTestUsers(ids: string[]): Promise<void> {
  await db.user.deleteMany({ where: { id: { in: ids } } });
}

/** A live session for the user, as the sign-in flow would create it, and the cookie that carries it. */
export async function signInAs(user: TestUser, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"): Promise<{ sid: string; cookie: string }> {
  const sid = await createSession({ userId: user.id, email: user.email, name: null, role: user.role, onboarded: true, userAgent, ip: "203.0.113.9" });
  return { sid, cookie: await sessionCookieHeader(sid) };
}

async function insertUsers(
  count: number,
  { role = "STUDENT", status = "ACTIVE", courses = [], onboarded = true, data = {} }: TestUserOptions,
): Promise<TestUser[]> {
  const wanted = courses.map((c) => (typeof c === "string" ? ([c, null] as const) : c));
  const rows = wanted.length
    ? await db.$primary().course.findMany({ where: { slug: { in: wanted.map(([slug]) => slug) } }, select: { id: true, slug: true } })
    : [];
  const missing = wanted.filter(([slug]) => !rows.some((r) => r.slug === slug));
  if (missing.length) throw new Error(`createTestUser: no course ${missing.map(([slug]) => slug).join(", ")} (is the database seeded?)`);
  // One insert per user: nested enrolments need create(), and tests make a handful of users at a time.
  return Promise.all(
    Array.from({ length: count }, () =>
      db.user.create({
        data: {
          onboardedAt: onboarded ? new Date() : null,
          ...data,
          email: `test-${randomUUID()}@example.test`,
          role,
          status,
          enrolments: { create: wanted.map(([slug, targetGrade]) => ({ courseId: rows.find((r) => r.slug === slug)!.id, targetGrade })) },
        },
        select: { id: true, email: true, role: true },
      }),
    ),
  );
}
