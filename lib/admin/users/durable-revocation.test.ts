import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import { createSession, getSession, listSessions, sessionKey, StaleSessionError, type SessionRecord } from "@/lib/auth/session-store";
import { changeUserRole } from "@/lib/admin/users/change-user-role";
import { setUserStatus } from "@/lib/admin/users/set-user-status";
import { createTestUser, signInAs } from "@/lib/test-support/users";

// Redis is paused for real (CLIENT PAUSE), as in the attack that found revocations could be lost: the
// database commits, the session delete times out.
// The pause ends by itself (a paused client cannot unpause), and the test waits for that.
const PAUSE_MS = 3_000;
async function whileRedisPaused<T>(work: () => Promise<T>): Promise<T> {
  // Connections warm, so the database part of the work is done well inside the pause.
  await Promise.all([db.$primary().user.count(), redis.ping()]);
  const paused = spawnSync("redis-cli", ["-p", new URL(process.env.REDIS_URL!).port || "6379", "CLIENT", "PAUSE", String(PAUSE_MS), "ALL"], {
    encoding: "utf8",
  });
  expect(paused.stdout.trim()).toBe("OK");
  const until = Date.now() + PAUSE_MS + 100;
  try {
    return await work();
  } finally {
    await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())));
  }
}

/** As if SESSION_DB_CHECK_SECONDS had passed since the session was last checked against the database. */
async function ageDatabaseCheck(sid: string) {
  const record = JSON.parse((await redis.get(sessionKey(sid)))!) as SessionRecord;
  await redis.set(sessionKey(sid), JSON.stringify({ ...record, dbCheckedAt: Date.now() - 61_000 }), "KEEPTTL");
}

describe("revocations that cannot be lost", () => {
  it("demoting an admin while Redis times out is saved and reported; the old session is refused at its next check", async () => {
    const actor = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ role: "ADMIN" });
    const { sid } = await signInAs(target);

    const change = await whileRedisPaused(() => changeUserRole(actor, target.id, "STUDENT"));
    expect(change).toMatchObject({ role: "STUDENT", changed: true, revokedSessions: null });
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("STUDENT");

    // The delete never happened: the session is still in Redis, with its ADMIN role...
    expect(await redis.exists(sessionKey(sid))).toBe(1);
    // ...and is refused once it is checked against the database (at most SESSION_DB_CHECK_SECONDS later).
    await ageDatabaseCheck(sid);
    expect(await getSession(sid)).toBeNull();
    expect(await redis.exists(sessionKey(sid))).toBe(0);
  });

  it("sending the same demotion again ends the sessions the first one could not", async () => {
    const actor = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ role: "ADMIN" });
    const { sid } = await signInAs(target);
    await whileRedisPaused(() => changeUserRole(actor, target.id, "STUDENT"));
    expect(await redis.exists(sessionKey(sid))).toBe(1);

    const retry = await changeUserRole(actor, target.id, "STUDENT");
    expect(retry).toMatchObject({ changed: false, revokedSessions: 1 });
    expect(await getSession(sid)).toBeNull();
  });

  it("suspending while Redis times out is saved; the session is refused at its next check, and a retry ends it at once", async () => {
    const actor = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ role: "STUDENT" });
    const [a, b] = [await signInAs(target), await signInAs(target)];
    const suspended = await whileRedisPaused(() => setUserStatus(actor, target.id, "SUSPENDED"));
    expect(suspended).toMatchObject({ status: "SUSPENDED", revokedSessions: null });
    await ageDatabaseCheck(a.sid);
    expect(await getSession(a.sid)).toBeNull();
    expect(await setUserStatus(actor, target.id, "SUSPENDED")).toMatchObject({ revokedSessions: 1 });
    expect(await getSession(b.sid)).toBeNull();
  });

  it("a session is not refused while its user's row still matches it", async () => {
    const target = await createTestUser({ role: "STUDENT" });
    const { sid } = await signInAs(target);
    await ageDatabaseCheck(sid);
    expect(await getSession(sid)).toMatchObject({ userId: target.id, role: "STUDENT" });
  });

  it("a sign-in that completes while the account is being suspended leaves no session", async () => {
    const actor = await createTestUser({ role: "ADMIN" });
    const target = await createTestUser({ role: "STUDENT" });
    // The credentials were checked under this generation...
    const { sessionGeneration } = await db.$primary().user.findUniqueOrThrow({ where: { id: target.id } });
    // ...then the suspension commits before the session is written.
    await setUserStatus(actor, target.id, "SUSPENDED");
    const created = createSession({
      userId: target.id,
      email: target.email,
      name: null,
      role: "STUDENT",
      onboarded: true,
      generation: sessionGeneration,
      userAgent: "race",
      ip: "127.0.0.1",
    });
    await expect(created).rejects.toBeInstanceOf(StaleSessionError);
    expect(await listSessions(target.id)).toEqual([]);
  });

  it("a sign-in that completes after a password reset raised the generation leaves no session", async () => {
    const target = await createTestUser({ role: "STUDENT" });
    const { sessionGeneration } = await db.$primary().user.findUniqueOrThrow({ where: { id: target.id } });
    await db.user.update({ where: { id: target.id }, data: { sessionGeneration: { increment: 1 } } });
    await expect(
      createSession({
        userId: target.id,
        email: target.email,
        name: null,
        role: "STUDENT",
        onboarded: true,
        generation: sessionGeneration,
        userAgent: "race",
        ip: "127.0.0.1",
      }),
    ).rejects.toBeInstanceOf(StaleSessionError);
    expect(await listSessions(target.id)).toEqual([]);
  });
});
