import { describe, expect, it } from "vitest";
import { GET as listUsers } from "../../route";
import { POST } from "./route";
import { createTestUser, signInAs } from "@/lib/test-support/users";

const base = "http://127.0.0.1:3100/api/v1/admin/users";
const setStatus = (id: string, status: string, cookie: string) =>
  POST(new Request(`${base}/${id}/status`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ status }) }), {
    params: Promise.resolve({ id }),
  });

describe("POST /api/v1/admin/users/[id]/status", () => {
  it("suspends a user whose very next request with the same cookie is refused", async () => {
    const victim = await createTestUser({ role: "ADMIN" });
    const { cookie: victimCookie } = await signInAs(victim);
    const list = () => listUsers(new Request(`${base}?limit=1`, { headers: { cookie: victimCookie } }), { params: Promise.resolve({}) });
    expect((await list()).status).toBe(200);

    const res = await setStatus(victim.id, "SUSPENDED", (await signInAs(await createTestUser({ role: "ADMIN" }))).cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "SUSPENDED", revokedSessions: 1 });
    expect((await list()).status).toBe(401);
  });

  it("refuses an admin's own suspension with a 400", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const { cookie } = await signInAs(admin);
    const res = await setStatus(admin.id, "SUSPENDED", cookie);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("You cannot change your own account's status.");
  });
});
