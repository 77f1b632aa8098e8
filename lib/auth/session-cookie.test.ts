import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { createSession, revokeSession } from "@/lib/auth/session-store";
import { sessionCookieHeader, sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { userFromRequest } from "@/lib/auth/user-from-request";

const NAME = "authjs.session-token";
const valueOf = (header: string) => header.slice(NAME.length + 1);
const request = (cookie: string) => new Request("http://127.0.0.1/api/v1/x", { headers: { cookie } });

describe("decoding session cookies", () => {
  it("decodes a cookie once, and still refuses its session on the first request after it is revoked", async () => {
    const userId = (await db.user.create({ data: { email: `cookie-${randomUUID()}@example.test` }, select: { id: true } })).id;
    const sid = await createSession({ userId, email: "c@example.test", name: "C", role: "STUDENT", onboarded: true, userAgent: "t", ip: "127.0.0.1" });
    const cookie = await sessionCookieHeader(sid);

    const first = await sessionTokenFromCookie(NAME, valueOf(cookie));
    expect(first?.sid).toBe(sid);
    // The same object: the second request did not decode the cookie again.
    expect(await sessionTokenFromCookie(NAME, valueOf(cookie))).toBe(first);
    expect(await userFromRequest(request(cookie))).toMatchObject({ id: userId, sessionId: sid });

    await revokeSession(userId, sid);
    expect(await sessionTokenFromCookie(NAME, valueOf(cookie))).toBe(first);
    expect(await userFromRequest(request(cookie))).toBeNull();
  });

  it("keeps a decoded cookie no longer than its token lives, and never keeps an expired one", async () => {
    const value = await encode({ token: { sid: randomUUID() }, secret: env.AUTH_SECRET, salt: NAME, maxAge: 1 });
    const first = await sessionTokenFromCookie(NAME, value);
    expect(await sessionTokenFromCookie(NAME, value)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // Decoded afresh (next-auth itself allows 15 s of clock skew past the expiry, so it still decodes).
    expect(await sessionTokenFromCookie(NAME, value)).not.toBe(first);

    const expired = await encode({ token: { sid: randomUUID() }, secret: env.AUTH_SECRET, salt: NAME, maxAge: -60 });
    expect(await sessionTokenFromCookie(NAME, expired)).toBeNull();
  });

  it("answers null for forged values and for a cookie sealed under another name", async () => {
    const cookie = await sessionCookieHeader(randomUUID());
    expect(await sessionTokenFromCookie(NAME, "not-a-jwt")).toBeNull();
    expect(await sessionTokenFromCookie(NAME, `${valueOf(cookie)}x`)).toBeNull();
    expect(await sessionTokenFromCookie("__Secure-authjs.session-token", valueOf(cookie))).toBeNull();
  });
});
