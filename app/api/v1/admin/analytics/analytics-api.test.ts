import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { GET } from "./route";
import { createTestUsers, deleteTestUsers } from "@/lib/test-support/users";

const base = "http://127.0.0.1:3100/api/v1/admin/analytics";
const params = { params: Promise.resolve({}) };
let admin: string;
let student: string;

const cookieFor = async (userId: string, role: "ADMIN" | "STUDENT") =>
  sessionCookieHeader(
    await createSession({ userId, email: `${userId}@example.test`, name: null, role, onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }),
  );
const get = (query: string, cookie: string) => GET(new Request(`${base}${query}`, { headers: { cookie } }), params);

beforeAll(async () => {
  admin = (await createTestUsers(1, { role: "ADMIN" }))[0]!;
  student = (await createTestUsers(1))[0]!;
});
afterAll(async () => {
  await Promise.all([admin, student].map((id) => revokeAllSessions(id)));
  await deleteTestUsers([admin, student]);
});

describe("GET /api/v1/admin/analytics", () => {
  it("answers an admin with the analytics of the requested window", async () => {
    const res = await get("?days=14", await cookieFor(admin, "ADMIN"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { days: number; daily: unknown[]; active: { last30Days: number } };
    expect(body.days).toBe(14);
    expect(body.daily).toHaveLength(14);
    expect(typeof body.active.last30Days).toBe("number");
  });

  it.each(["?days=0", "?days=366", "?days=2.5", "?days=abc", "?days="])("refuses %s with a 400 that says what is allowed", async (query) => {
    const res = await get(query, await cookieFor(admin, "ADMIN"));
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/days must be a whole number from 1 to 365/);
  });

  it("defaults to 30 days", async () => {
    const res = await get("", await cookieFor(admin, "ADMIN"));
    expect(((await res.json()) as { days: number }).days).toBe(30);
  });

  it("is for admins only", async () => {
    expect((await get("?days=7", await cookieFor(student, "STUDENT"))).status).toBe(403);
    expect((await get("?days=7", "")).status).toBe(401);
  });
});
