import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { dashboardKey } from "@/lib/progress/dashboard-cache";
import type { StudentDashboard } from "@/lib/dashboard/dashboard-types";
import { GET } from "./route";

const noParams = { params: Promise.resolve({}) };
const get = (headers: Record<string, string> = {}) => GET(new Request("http://127.0.0.1:3100/api/v1/dashboard", { headers }), noParams);

let userId: string;
let cookie: string;

beforeAll(async () => {
  const course = await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } });
  const user = await db.user.create({
    data: {
      email: `dashboard-api-${randomUUID()}@example.test`,
      examMonth: "NOVEMBER",
      examYear: 2031,
      enrolments: { create: { courseId: course.id, targetGrade: 6 } },
    },
  });
  userId = user.id;
  const sid = await createSession({ userId, email: user.email, name: null, role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" });
  cookie = await sessionCookieHeader(sid);
});
afterAll(async () => {
  await revokeAllSessions(userId);
  await cache.invalidate(dashboardKey(userId));
  await db.user.delete({ where: { id: userId } });
});

describe("GET /api/v1/dashboard", () => {
  it("answers the signed-in student's dashboard, never to be stored by a shared cache", async () => {
    const res = await get({ cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = (await res.json()) as StudentDashboard;
    expect(body.exam).toMatchObject({ month: "NOVEMBER", year: 2031, startsOn: "2031-11-01" });
    expect(body.courses).toHaveLength(1);
    expect(body.courses[0]).toMatchObject({ slug: "physics-sl", name: "Physics SL", targetGrade: 6, prediction: null, predictionNeeds: 5 });
  });

  it("asks a signed-out caller to sign in", async () => {
    const res = await get();
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });
});
