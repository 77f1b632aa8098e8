import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { getSession, listSessions, sessionKey } from "@/lib/auth/session-store";
import { NotFoundError } from "@/lib/errors";
import { describeDevice } from "@/lib/sessions/describe-device";
import { revokeAllUserSessions, revokeUserSession } from "@/lib/admin/users/revoke-user-sessions";
import { auditEntriesFor } from "@/lib/test-support/audit";
import { createTestUser, signInAs } from "@/lib/test-support/users";

describe("revokeUserSession", () => {
  it("removes that one session from Redis, keeps the others, and audits which device it was", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser();
    const phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
    const [a, b, c] = [await signInAs(student), await signInAs(student, phone), await signInAs(student)];

    await revokeUserSession(admin, student.id, b.sid);

    expect(await redis.exists(sessionKey(b.sid))).toBe(0);
    expect(await getSession(a.sid)).not.toBeNull();
    expect(await getSession(c.sid)).not.toBeNull();
    expect((await listSessions(student.id)).map((s) => s.id).sort()).toEqual([a.sid, c.sid].sort());
    const [entry] = await auditEntriesFor(student.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.session_revoke",
      before: { session: b.sid.slice(0, 8), device: describeDevice(phone) },
      after: { revoked: true },
    });
    // The audit log never holds a whole session id.
    expect(JSON.stringify(entry)).not.toContain(b.sid);
  });

  it("will not revoke another user's session through this user, nor one that has ended", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const [alice, bob] = [await createTestUser(), await createTestUser()];
    const bobs = await signInAs(bob);
    await expect(revokeUserSession(admin, alice.id, bobs.sid)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getSession(bobs.sid)).not.toBeNull();
    await expect(revokeUserSession(admin, alice.id, "x".repeat(43))).rejects.toThrow("That session has already ended.");
    await expect(revokeUserSession(admin, randomUUID(), bobs.sid)).rejects.toThrow("No such user.");
    expect(await auditEntriesFor(alice.id)).toEqual([]);
  });
});

describe("revokeAllUserSessions", () => {
  it("signs the user out everywhere and audits the sessions it ended", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const student = await createTestUser();
    const sessions = [await signInAs(student), await signInAs(student)];
    expect(await revokeAllUserSessions(admin, student.id)).toEqual({ revoked: 2 });
    for (const { sid } of sessions) expect(await getSession(sid)).toBeNull();
    const [entry] = await auditEntriesFor(student.id);
    expect(entry).toMatchObject({ action: "user.sessions_revoke_all", after: { sessions: [] } });
    expect((entry!.before as { sessions: unknown[] }).sessions).toHaveLength(2);
    expect(await revokeAllUserSessions(admin, student.id)).toEqual({ revoked: 0 });
    expect(await auditEntriesFor(student.id)).toHaveLength(1);
  });

  it("keeps the session an admin is using when they sign themselves out elsewhere", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const [current, other] = [await signInAs(admin), await signInAs(admin)];
    expect(await revokeAllUserSessions({ id: admin.id, sessionId: current.sid }, admin.id)).toEqual({ revoked: 1 });
    expect(await getSession(current.sid)).not.toBeNull();
    expect(await getSession(other.sid)).toBeNull();
  });
});
