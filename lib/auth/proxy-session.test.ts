import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { claimsFromRecord } from "@/lib/auth/session-claims";
import { createSession, revokeSession } from "@/lib/auth/session-store";
import { sessionCookieValue, sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { proxySession, REISSUE_AFTER_MS } from "@/lib/auth/proxy-session";

const NAME = "authjs.session-token";
const jar = (value: string) => (name: string) => (name === NAME ? value : undefined);

async function signedIn() {
  const email = `proxy-${randomUUID()}@example.test`;
  const userId = (await db.user.create({ data: { email, name: "Pat", onboardedAt: new Date() }, select: { id: true } })).id;
  const record = { userId, email, name: "Pat", role: "STUDENT" as const, onboarded: true };
  const sid = await createSession({ ...record, userAgent: "t", ip: "127.0.0.1" });
  return { userId, sid, record };
}

describe("the proxy's session", () => {
  it("lets a fresh cookie through as it is, so the next request presents the same value", async () => {
    const { userId, sid, record } = await signedIn();
    const value = await sessionCookieValue(sid, NAME, claimsFromRecord(record, Date.now()));
    const session = await proxySession(jar(value));
    expect(session.user).toMatchObject({ id: userId, role: "STUDENT", onboarded: true, sessionId: sid });
    expect(session.reissue).toBeNull();
    expect(session.clear).toEqual([]);
  });

  it("issues a fresh cookie when the copy in it is older than the re-issue age, or no longer matches the session", async () => {
    const { sid, record } = await signedIn();
    const now = Date.now();
    const old = await sessionCookieValue(sid, NAME, claimsFromRecord(record, now - REISSUE_AFTER_MS - 1_000));
    const reissued = (await proxySession(jar(old), now)).reissue;
    expect(reissued).toMatchObject({ name: NAME, maxAgeSeconds: expect.any(Number) });
    const token = await sessionTokenFromCookie(NAME, reissued!.value);
    expect(token).toEqual({ sid, claims: { ...claimsFromRecord(record, now), checkedAt: now } });

    // Onboarded in Redis, not yet in the cookie's copy (an older cookie, or one without a copy at all).
    const outdated = await sessionCookieValue(sid, NAME, { ...claimsFromRecord(record, now), onboarded: false });
    expect((await proxySession(jar(outdated), now)).reissue).not.toBeNull();
    expect((await proxySession(jar(await sessionCookieValue(sid, NAME)), now)).reissue).not.toBeNull();
  });

  it("refuses a revoked session on its next request, though its cookie was decoded before, and clears the cookie", async () => {
    const { userId, sid, record } = await signedIn();
    const value = await sessionCookieValue(sid, NAME, claimsFromRecord(record, Date.now()));
    expect((await proxySession(jar(value))).user).not.toBeNull();
    await revokeSession(userId, sid);
    expect(await proxySession(jar(value))).toEqual({ user: null, reissue: null, clear: [NAME] });
  });

  it("clears a forged cookie and leaves a visitor without one alone", async () => {
    expect(await proxySession(jar("forged"))).toEqual({ user: null, reissue: null, clear: [NAME] });
    expect(await proxySession(() => undefined)).toEqual({ user: null, reissue: null, clear: [] });
  });
});
