import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import {
  createSession,
  getSession,
  listSessions,
  MAX_SESSIONS_PER_USER,
  revokeAllSessions,
  revokeSession,
  sessionKey,
  updateUserSessions,
} from "@/lib/auth/session-store";

// Sessions are checked against their user's row, so every session belongs to a real account.
const newUserId = async () => (await db.user.create({ data: { email: `session-${randomUUID()}@example.test` }, select: { id: true } })).id;

const newSession = (userId: string, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0") =>
  createSession({ userId, email: `${userId}@example.test`, name: "Ada", role: "STUDENT", onboarded: false, userAgent, ip: "203.0.113.7" });

describe("Redis session store", () => {
  it("creates a session that reads back with its record and a TTL", async () => {
    const userId = await newUserId();
    const sid = await newSession(userId);
    expect(sid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await getSession(sid)).toMatchObject({ userId, role: "STUDENT", ip: "203.0.113.7", onboarded: false });
    expect(await redis.ttl(sessionKey(sid))).toBeGreaterThan(29 * 86_400);
    expect(await getSession("no-such-session-id-aaaaaaaaaaaaaaaaaaaaaa")).toBeNull();
  });

  it("lists a user's sessions newest first and prunes expired ones", async () => {
    const userId = await newUserId();
    const first = await newSession(userId);
    await new Promise((r) => setTimeout(r, 5));
    const second = await newSession(userId);
    const gone = await newSession(userId);
    await redis.del(sessionKey(gone)); // as if it had expired
    expect((await listSessions(userId)).map((s) => s.id)).toEqual([second, first]);
    expect(await redis.sismember(`user-sessions:${userId}`, gone)).toBe(0);
  });

  it("revokes one session, and never another user's", async () => {
    const alice = await newUserId();
    const mallory = await newUserId();
    const sid = await newSession(alice);
    expect(await revokeSession(mallory, sid)).toBe(false);
    expect(await getSession(sid)).not.toBeNull();
    expect(await revokeSession(alice, sid)).toBe(true);
    expect(await getSession(sid)).toBeNull();
    expect(await listSessions(alice)).toEqual([]);
  });

  it("revokes all sessions, optionally keeping the current one", async () => {
    const userId = await newUserId();
    const [a, b, c] = [await newSession(userId), await newSession(userId), await newSession(userId)];
    expect(await revokeAllSessions(userId, { except: a })).toBe(2);
    expect(await getSession(a)).not.toBeNull();
    expect(await getSession(b)).toBeNull();
    expect(await getSession(c)).toBeNull();
    expect(await revokeAllSessions(userId)).toBe(1);
    expect(await listSessions(userId)).toEqual([]);
  });

  it("applies role and onboarding changes to every live session", async () => {
    const userId = await newUserId();
    const [a, b] = [await newSession(userId), await newSession(userId)];
    await updateUserSessions(userId, { onboarded: true, role: "TEACHER" });
    for (const sid of [a, b]) expect(await getSession(sid)).toMatchObject({ onboarded: true, role: "TEACHER" });
  });

  it("keeps at most 20 sessions per user, signing the oldest out", async () => {
    const userId = await newUserId();
    const sids: string[] = [];
    for (let i = 0; i < 23; i++) {
      sids.push(await newSession(userId));
      await new Promise((r) => setTimeout(r, 2));
    }
    const live = (await listSessions(userId)).map((s) => s.id);
    expect(live).toHaveLength(MAX_SESSIONS_PER_USER);
    expect(live).toEqual(sids.slice(3).reverse());
    for (const sid of sids.slice(0, 3)) expect(await getSession(sid)).toBeNull();
  });
});
