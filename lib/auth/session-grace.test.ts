import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The app's Redis connection is made from REDIS_URL at import, and this file stops that Redis: it runs
// its own on 6390 (never the shared 6379) and imports the app's modules only after pointing REDIS_URL
// there (each test file has its own module registry).
const PORT = 6390;
process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`;

type Modules = {
  store: typeof import("@/lib/auth/session-store");
  cookies: typeof import("@/lib/auth/session-cookie");
  claims: typeof import("@/lib/auth/session-claims");
  users: typeof import("@/lib/auth/user-from-request");
  redis: typeof import("@/lib/redis/redis-client");
  env: typeof import("@/lib/env");
  db: typeof import("@/lib/db/prisma");
};
let m: Modules;

const redisCli = (...args: string[]) => spawnSync("redis-cli", ["-p", String(PORT), ...args], { encoding: "utf8" });
const request = (cookie: string) => new Request("http://127.0.0.1/api/v1/x", { headers: { cookie } });
const MINUTE = 60_000;

async function newSession() {
  const userId = (await m.db.db.user.create({ data: { email: `grace-${randomUUID()}@example.test` }, select: { id: true } })).id;
  const record = { userId, email: `${userId}@example.test`, name: "Grace", role: "STUDENT" as const, onboarded: true };
  const sid = await m.store.createSession({ ...record, userAgent: "vitest", ip: "127.0.0.1" });
  return { sid, userId, record };
}

beforeAll(async () => {
  const started = spawnSync("redis-server", ["--port", String(PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "yes"], {
    encoding: "utf8",
  });
  if (started.status !== 0) throw new Error(`could not start redis on ${PORT}: ${started.stderr}`);
  for (let i = 0; i < 50 && redisCli("ping").stdout.trim() !== "PONG"; i++) await new Promise((r) => setTimeout(r, 100));
  m = {
    store: await import("@/lib/auth/session-store"),
    cookies: await import("@/lib/auth/session-cookie"),
    claims: await import("@/lib/auth/session-claims"),
    users: await import("@/lib/auth/user-from-request"),
    redis: await import("@/lib/redis/redis-client"),
    env: await import("@/lib/env"),
    db: await import("@/lib/db/prisma"),
  };
  expect(m.redis.redis.options.port).toBe(PORT);
});

afterAll(() => {
  m?.redis.redis.disconnect();
  redisCli("shutdown", "nosave");
});

describe("sessions while Redis is unreachable", () => {
  it("defaults to a 15-minute grace", () => {
    expect(m.env.env.SESSION_REDIS_GRACE_MINUTES).toBe(15);
  });

  it("refuses a revoked session at once while Redis answers, whatever the cookie's copy says", async () => {
    const { sid, userId, record } = await newSession();
    const cookie = await m.cookies.sessionCookieHeader(sid, undefined, m.claims.claimsFromRecord(record, Date.now()));
    expect(await m.users.userFromRequest(request(cookie))).toMatchObject({ id: userId, sessionId: sid });
    await m.store.revokeSession(userId, sid);
    expect(await m.users.userFromRequest(request(cookie))).toBeNull();
  });

  describe("after Redis stops", () => {
    let cookieCopy: { cookie: string; userId: string; sid: string };
    let confirmedHere: { cookie: string; userId: string; sid: string };
    let neverConfirmed: string;
    let confirmedAt: number;

    beforeAll(async () => {
      // A cookie next-auth refreshed on a page request (claims with checkedAt), not yet seen by this process.
      const a = await newSession();
      confirmedAt = Date.now();
      cookieCopy = {
        cookie: await m.cookies.sessionCookieHeader(a.sid, undefined, m.claims.claimsFromRecord(a.record, confirmedAt)),
        userId: a.userId,
        sid: a.sid,
      };
      // An API client's cookie (only the session id), confirmed by this instance a moment ago.
      const b = await newSession();
      confirmedHere = { cookie: await m.cookies.sessionCookieHeader(b.sid), userId: b.userId, sid: b.sid };
      expect(await m.users.userFromRequest(request(confirmedHere.cookie))).toMatchObject({ id: b.userId });
      // A cookie with only the session id that this instance never confirmed.
      neverConfirmed = await m.cookies.sessionCookieHeader((await newSession()).sid);

      redisCli("shutdown", "nosave");
      for (let i = 0; i < 50 && m.redis.isRedisUsable(m.redis.redis); i++) await new Promise((r) => setTimeout(r, 50));
      expect(m.redis.isRedisUsable(m.redis.redis)).toBe(false);
    });

    it("accepts, within the grace period, a session whose cookie copy Redis confirmed", async () => {
      const user = await m.users.userFromRequest(request(cookieCopy.cookie), { now: confirmedAt + 14 * MINUTE });
      expect(user).toEqual({
        id: cookieCopy.userId,
        email: `${cookieCopy.userId}@example.test`,
        name: "Grace",
        role: "STUDENT",
        onboarded: true,
        sessionId: cookieCopy.sid,
      });
    });

    it("refuses the same cookie once the grace period has passed", async () => {
      expect(await m.users.userFromRequest(request(cookieCopy.cookie), { now: confirmedAt + 16 * MINUTE })).toBeNull();
    });

    it("accepts a session this instance confirmed, within the grace period only", async () => {
      expect(await m.users.userFromRequest(request(confirmedHere.cookie))).toMatchObject({ id: confirmedHere.userId, sessionId: confirmedHere.sid });
      expect(await m.users.userFromRequest(request(confirmedHere.cookie), { now: Date.now() + 16 * MINUTE })).toBeNull();
    });

    it("refuses a session nobody can vouch for, and a cookie copy dated in the future", async () => {
      expect(await m.users.userFromRequest(request(neverConfirmed))).toBeNull();
      expect(await m.users.userFromRequest(request(cookieCopy.cookie), { now: confirmedAt - MINUTE })).toBeNull();
    });
  });
});
