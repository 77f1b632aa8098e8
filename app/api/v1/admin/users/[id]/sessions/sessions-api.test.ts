import { describe, expect, it } from "vitest";
import { getSession } from "@/lib/auth/session-store";
import { DELETE as revokeAll } from "./route";
import { DELETE as revokeOne } from "./[sid]/route";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const base = "http://127.0.0.1:3100/api/v1/admin/users";
const deleteAll = (id: string, cookie = "") =>
  revokeAll(new Request(`${base}/${id}/sessions`, { method: "DELETE", headers: { cookie } }), { params: Promise.resolve({ id }) });
const deleteOne = (id: string, sid: string, cookie = "") =>
  revokeOne(new Request(`${base}/${id}/sessions/${sid}`, { method: "DELETE", headers: { cookie } }), { params: Promise.resolve({ id, sid }) });

describe("DELETE /api/v1/admin/users/[id]/sessions/[sid]", () => {
  it("signs the user out of that device only", async () => {
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));
    const student = await createTestUser();
    const [keep, drop] = [await signInAs(student), await signInAs(student)];
    const res = await deleteOne(student.id, drop.sid, cookie);
    expect(res.status).toBe(200);
    expect(await getSession(drop.sid)).toBeNull();
    expect(await getSession(keep.sid)).not.toBeNull();
    expect((await deleteOne(student.id, drop.sid, cookie)).status).toBe(404);
  });

  it("answers 401 signed out and 403 to a student, revoking nothing", async () => {
    const victim = await createTestUser();
    const { sid } = await signInAs(victim);
    expect((await deleteOne(victim.id, sid)).status).toBe(401);
    expect((await deleteOne(victim.id, sid, (await signInAs(await createTestUser())).cookie)).status).toBe(403);
    expect(await getSession(sid)).not.toBeNull();
  });
});

describe("DELETE /api/v1/admin/users/[id]/sessions", () => {
  it("signs the user out everywhere and says how many sessions ended", async () => {
    const { cookie } = await signInAs(await createTestUser({ role: "ADMIN" }));
    const student = await createTestUser();
    const sessions = [await signInAs(student), await signInAs(student), await signInAs(student)];
    const res = await deleteAll(student.id, cookie);
    expect(await res.json()).toEqual({ revoked: 3 });
    for (const { sid } of sessions) expect(await getSession(sid)).toBeNull();
  });

  it("answers 401 signed out and 403 to a student, revoking nothing", async () => {
    const victim = await createTestUser();
    const { sid } = await signInAs(victim);
    expect((await deleteAll(victim.id)).status).toBe(401);
    expect((await deleteAll(victim.id, (await signInAs(await createTestUser())).cookie)).status).toBe(403);
    expect(await getSession(sid)).not.toBeNull();
  });
});
