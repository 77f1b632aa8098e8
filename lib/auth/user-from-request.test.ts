import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSession, revokeSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db/prisma";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { userFromRequest } from "@/lib/auth/user-from-request";

const request = (cookie?: string) => new Request("http://127.0.0.1/api/v1/x", { headers: cookie ? { cookie } : {} });

describe("userFromRequest", () => {
  it("reads the user of a live session from the cookie, and nobody once it is revoked", async () => {
    const userId = (await db.user.create({ data: { email: `ufr-${randomUUID()}@example.test`, role: "ADMIN" }, select: { id: true } })).id;
    const sid = await createSession({ userId, email: "a@example.test", name: "A", role: "ADMIN", onboarded: true, userAgent: "t", ip: "127.0.0.1" });
    const cookie = await sessionCookieHeader(sid);
    expect(await userFromRequest(request(cookie))).toMatchObject({ id: userId, role: "ADMIN", sessionId: sid });
    await revokeSession(userId, sid);
    expect(await userFromRequest(request(cookie))).toBeNull();
  });

  it("rejects missing, forged and foreign-secret cookies", async () => {
    expect(await userFromRequest(request())).toBeNull();
    expect(await userFromRequest(request("authjs.session-token=not-a-jwt"))).toBeNull();
    expect(await userFromRequest(request(`authjs.session-token=${"x".repeat(300)}`))).toBeNull();
  });
});
